import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/status-badge';
import { countSourcesByOutletType } from '@/lib/data/public/sources';
import {
  DEFAULT_CONTEXT_LENGTH,
  DEFAULT_MIN_SCORE,
  DEFAULT_MIN_UNIQUE_EXACT_LENGTH,
} from '@/lib/evidence';
import { OUTLET_TYPES } from '@/lib/outlets';
import { STATUSES } from '@/lib/status';
import { STATEMENT_KINDS } from '@/lib/statement-kinds';
import { pageLocale } from '@/lib/i18n/page-locale';

// Rendered once and shared (ISR): refreshed at once after an analyst's save
// (updateTag), and within a second of any other write. docs/decisions/0013.
export const revalidate = 1;

export const metadata: Metadata = {
  title: 'Methodology',
  description:
    'How the tracker rates commitments, anchors every statement in its source, dates sources, shows corrections and classifies outlets.',
};

const sectionClass = 'space-y-3';
const headingClass = 'text-xl font-semibold';
const textClass = 'max-w-3xl text-slate-700 dark:text-slate-300';

export default async function MethodologyPage({ params }: { params: Promise<{ locale: string }> }) {
  await pageLocale(params);
  const counts = await countSourcesByOutletType();
  const sourceCount = counts.reduce((total, entry) => total + entry.count, 0);
  const governmentControlled = counts
    .filter((entry) => entry.outletType === 'STATE_MEDIA' || entry.outletType === 'OFFICIAL')
    .reduce((total, entry) => total + entry.count, 0);

  return (
    <article className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight">Methodology</h1>
        <p className="max-w-3xl text-lg text-slate-700 dark:text-slate-300">
          How we rate each commitment, how every statement is tied to the exact words of its source,
          how dates and corrections are handled, and what the sources can and cannot tell you.
        </p>
        <nav aria-label="On this page" className="text-sm">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {[
              ['#statuses', 'Statuses'],
              ['#kinds', 'What a statement does'],
              ['#evidence-rules', 'Evidence rules'],
              ['#provenance', 'Translations, relays and background'],
              ['#anchoring', 'Anchored statements'],
              ['#dates', 'Dates and inferred years'],
              ['#corrections', 'Corrections'],
              ['#outlets', 'Outlet types'],
              ['#caveats', 'Caveats'],
            ].map(([href, label]) => (
              <li key={href}>
                <a href={href} className="underline underline-offset-4">
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <section id="statuses" aria-labelledby="statuses-heading" className={sectionClass}>
        <h2 id="statuses-heading" className={headingClass}>
          Statuses
        </h2>
        <p className={textClass}>
          Every item (a concrete commitment of the presidency) has exactly one current status. An
          analyst sets it, with a note saying why and the statements it rests on. The last four are
          final verdicts: the ones an item can keep once the presidency has ended and the tally is
          finalised.
        </p>
        <dl className="max-w-3xl divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {STATUSES.map((status) => (
            <div key={status.code} className="grid gap-2 p-4 sm:grid-cols-[12rem_1fr]">
              <dt className="flex flex-wrap items-start gap-2">
                <StatusBadge status={status.code} />
                {status.isFinal && (
                  <span className="text-xs text-slate-600 dark:text-slate-400">final</span>
                )}
              </dt>
              <dd className="text-slate-700 dark:text-slate-300">
                {status.definition}{' '}
                <span className="whitespace-nowrap font-mono text-xs text-slate-600 dark:text-slate-400">
                  {status.code}
                </span>
              </dd>
            </div>
          ))}
        </dl>
        <p className={textClass}>
          Most items are &ldquo;Not yet rated&rdquo;: that means no source we hold reports action on
          them or judges their outcome yet. It does not mean nothing happened. The codes in small
          type are what the{' '}
          <Link href="/api-docs" className="underline">
            open data
          </Link>{' '}
          uses.
        </p>
      </section>

      <section id="kinds" aria-labelledby="kinds-heading" className={sectionClass}>
        <h2 id="kinds-heading" className={headingClass}>
          What a statement does
        </h2>
        <p className={textClass}>
          Every quoted statement has a kind, given by what the sentence does, not by what it is
          about. A pledge or a call to act is never a report of action, and the announcement of a
          future event is not progress.
        </p>
        <dl className="max-w-3xl divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {STATEMENT_KINDS.map((kind) => (
            <div key={kind.code} className="grid gap-2 p-4 sm:grid-cols-[12rem_1fr]">
              <dt className="font-medium">{kind.label}</dt>
              <dd className="space-y-1 text-slate-700 dark:text-slate-300">
                <p>
                  {kind.definition}{' '}
                  <span className="whitespace-nowrap font-mono text-xs text-slate-600 dark:text-slate-400">
                    {kind.code}
                  </span>
                </p>
                <p className="font-serif text-sm">Example: &ldquo;{kind.example}&rdquo;</p>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section
        id="evidence-rules"
        aria-labelledby="evidence-rules-heading"
        className={sectionClass}
      >
        <h2 id="evidence-rules-heading" className={headingClass}>
          Evidence rules
        </h2>
        <p className={textClass}>
          A rating is earned, not announced. The tracker refuses a status change that breaks these
          rules, whoever records it, and says why next to the evidence.
        </p>
        <ol className={`${textClass} list-decimal space-y-3 pl-6`}>
          <li>
            <strong>A rating rests on reported action or outcome.</strong> Every status except
            &ldquo;Not yet rated&rdquo; and &ldquo;Can&rsquo;t be checked&rdquo; needs at least one
            report of action or assessment of outcome among its evidence. A commitment, however
            often restated, can never move an item. <em>Refused:</em> &ldquo;In progress&rdquo; for
            the Secretary General&rsquo;s action plan on &ldquo;The Secretary General … was to
            submit an action plan&rdquo; (13 February 2023): the sentence says what was due, not
            that it happened, and the article never says the plan was submitted. The item stays
            &ldquo;Not yet rated&rdquo;.
          </li>
          <li>
            <strong>The evidence comes after the commitment.</strong> The report must be made on or
            after the day the item&rsquo;s commitment was first made: older statements are
            background. <em>Refused:</em> a 2012 remark on the CSTO&rsquo;s partnerships cannot rate
            the 2023 cooperation with the UN and the SCO.
          </li>
          <li>
            <strong>A verdict needs corroboration.</strong> &ldquo;Kept&rdquo;, &ldquo;Partly
            kept&rdquo; and &ldquo;Broken&rdquo; need reports from two independent outlets, or one
            from an official source in its own words. Republications and translations count as the
            outlet they copy, and one remark reported twice counts once. <em>Accepted:</em>{' '}
            &ldquo;Stalled&rdquo; for the CSTO&rsquo;s information and analytical capacity on
            Lukashenko&rsquo;s &ldquo;Results are not yet visible&rdquo; (20 June 2023), an
            assessment made after the November 2022 pledge; it would not be enough for
            &ldquo;Broken&rdquo;, which needs a second outlet or an official record.
          </li>
          <li>
            <strong>Silence is not a verdict.</strong> When the period ends with no report of
            action, the verdict is &ldquo;Can&rsquo;t be checked&rdquo;, with a note, not
            &ldquo;Broken&rdquo;.
          </li>
        </ol>
        <p className={textClass}>
          The border conflicts and the Ukraine position are listed as items because the presidency
          made commitments about them (&ldquo;We have to remove these conflicts&rdquo;, &ldquo;we
          will have to clearly define our policy&rdquo;); the listing of crises itself is context
          and rates nothing.
        </p>
      </section>

      <section id="provenance" aria-labelledby="provenance-heading" className={sectionClass}>
        <h2 id="provenance-heading" className={headingClass}>
          Translations, relays and background
        </h2>
        <ul className={`${textClass} list-disc space-y-2 pl-6`}>
          <li>
            A source that republishes or translates another outlet&rsquo;s report says so, and its
            quotes credit the speaker &ldquo;as translated by&rdquo; or &ldquo;as republished
            by&rdquo; that site. A machine translation is never presented as the speaker&rsquo;s own
            words.
          </li>
          <li>
            When a speaker relays someone else&rsquo;s words or position, the quote says so
            (&ldquo;Lukashenko, relaying Emomali Rahmon&rdquo;).
          </li>
          <li>
            Two copies of one report carry the same remark: such statements are linked, and count
            once in the evidence rules and in an item&rsquo;s source mix.
          </li>
          <li>
            A source from outside the presidency&rsquo;s period (more than a year before it began)
            is background: its statements are labelled with their year and listed after the
            presidency&rsquo;s own.
          </li>
        </ul>
      </section>

      <section id="anchoring" aria-labelledby="anchoring-heading" className={sectionClass}>
        <h2 id="anchoring-heading" className={headingClass}>
          How statements are anchored
        </h2>
        <p className={textClass}>
          A statement is a verbatim span of a stored source text, never a paraphrase. Each one is
          recorded with the two selectors of the{' '}
          <a
            href="https://www.w3.org/TR/annotation-model/#selectors"
            className="underline"
            rel="noopener noreferrer"
          >
            W3C Web Annotation Data Model
          </a>
          :
        </p>
        <ul className={`${textClass} list-disc space-y-2 pl-6`}>
          <li>
            a <strong>TextQuoteSelector</strong>: the exact quote, with up to{' '}
            {DEFAULT_CONTEXT_LENGTH} characters of the text just before it (prefix) and just after
            it (suffix), so the same words elsewhere in the article cannot be mistaken for it;
          </li>
          <li>
            a <strong>TextPositionSelector</strong>: where the quote starts and ends, counted in
            Unicode code points from the start of the text (so a character outside the Basic
            Multilingual Plane, such as an emoji, counts as one).
          </li>
        </ul>
        <p className={textClass}>
          The server checks both before it saves a statement: the text at the given positions must
          be exactly the quote, and the prefix and suffix must be the text around it. Anything else
          is refused.
        </p>
        <p className={textClass}>
          Source texts are stored as imported and never edited. Each text is fingerprinted with its
          SHA-256 hash (shown on the source page and in the open data), so anyone can check that a
          copy is the one we quoted from.
        </p>
        <p className={textClass}>
          When a source needs a corrected text (a better copy, a fixed encoding), it is added as a
          new version; the old one stays stored. Every statement is then re-anchored in the new
          version: first at its old position, then by its exact quote, then by an approximate match
          that must score at least {DEFAULT_MIN_SCORE} on quote, prefix, suffix and position
          together. An exact quote of {DEFAULT_MIN_UNIQUE_EXACT_LENGTH} or more characters that
          occurs once is accepted on its own; shorter ones must also agree on their context. A quote
          that finds no such match is marked orphaned and queued for an analyst, who selects it
          again or withdraws it. We would rather ask a person than attach evidence to a weak match.
        </p>
      </section>

      <section id="dates" aria-labelledby="dates-heading" className={sectionClass}>
        <h2 id="dates-heading" className={headingClass}>
          Dates and &ldquo;inferred year&rdquo;
        </h2>
        <p className={textClass}>
          News-agency articles open with a dateline such as &ldquo;MINSK, 20 June (BelTA)&rdquo;,
          usually without a year. When the year is not written in the source, an analyst works it
          out from the text itself (a date mentioned elsewhere in the article, an event it refers
          to) or from another record of the same event, and confirms it. Such a publication date is
          marked <strong>Inferred year</strong>, and the source page says why that year was chosen.
          Treat it as an analyst&rsquo;s confirmed inference, not as words of the article.
        </p>
        <p className={textClass}>
          A statement is dated by when it was said where the source says so, otherwise by the
          source&rsquo;s publication date. A status change has an effective date (when the situation
          changed, according to its evidence) and a recorded time (when we wrote it down); they can
          be far apart.
        </p>
      </section>

      <section id="corrections" aria-labelledby="corrections-heading" className={sectionClass}>
        <h2 id="corrections-heading" className={headingClass}>
          How corrections are shown
        </h2>
        <p className={textClass}>
          The status history of an item is append-only: the database refuses to edit or delete an
          entry. If an entry was wrong (a misread source, the wrong date, the wrong status), we add
          a new entry that points at the one it corrects. The new entry is labelled{' '}
          <strong>Correction</strong>; the corrected entry stays visible in the history, marked
          &ldquo;Corrected later&rdquo; with a link to its correction. The current status is worked
          out from the entries that have not been corrected.
        </p>
        <p className={textClass}>
          Corrections appear in the{' '}
          <a href="/feed.xml" className="underline">
            Atom feed
          </a>{' '}
          and the open data like any other change, with a link to the entry they correct.
        </p>
      </section>

      <section id="outlets" aria-labelledby="outlets-heading" className={sectionClass}>
        <h2 id="outlets-heading" className={headingClass}>
          Outlet types
        </h2>
        <p className={textClass}>Every source is classified by who published it:</p>
        <dl className="grid max-w-3xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {OUTLET_TYPES.map((type) => (
            <div key={type.code} className="contents">
              <dt className="font-medium">{type.label}</dt>
              <dd className="text-slate-700 dark:text-slate-300">{type.definition}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="caveats" aria-labelledby="caveats-heading" className={sectionClass}>
        <h2 id="caveats-heading" className={headingClass}>
          Caveats
        </h2>
        <p className={textClass}>
          Most of what is known about the presidency comes from the state media and official bodies
          of CSTO member states, above all Belarus&rsquo; news agency BelTA. Of the {sourceCount}{' '}
          sources in the tracker, {governmentControlled} {governmentControlled === 1 ? 'is' : 'are'}{' '}
          state media or official publications, and republications on other sites often carry the
          same reporting. These outlets report what leaders said and planned; they seldom report
          delays or failures. A commitment that looks &ldquo;In progress&rdquo; may only have been
          announced again, and silence is not evidence that nothing happened. Where the sources
          cannot settle a question, we say &ldquo;Can&rsquo;t be checked&rdquo; rather than guess.
          Each item page lists the outlet types behind its statements.
        </p>
      </section>
    </article>
  );
}
