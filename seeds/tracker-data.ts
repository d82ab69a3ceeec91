/**
 * Seed content for the tracker of Belarus' 2023 CSTO presidency.
 *
 * Every `quote` below is a verbatim substring of its article in seeds/articles/
 * (copied character for character: curly quotes, dashes, typos and glued
 * sub-headings included). Statements are grouped by area, then by source.
 * Source metadata other than outletType/outlet/id comes from seeds/sources.json.
 *
 * Dates: 004 = 2022-11-23 (Yerevan), 001 = 2023-02-13, 000/002 = 2023-06-20,
 * 003 = 2012-05-15 (background only, not a 2023 commitment).
 */

export type AreaKey = 'goals' | 'crisis' | 'positioning' | 'military' | 'analytics';
export type SourceKey = '000' | '001' | '002' | '003' | '004';
export type StatementKind = 'COMMITMENT' | 'PROGRESS_CLAIM' | 'ASSESSMENT' | 'OTHER';
export type Status =
  | 'NOT_YET_RATED'
  | 'IN_PROGRESS'
  | 'STALLED'
  | 'PARTLY_KEPT'
  | 'KEPT'
  | 'BROKEN'
  | 'CANNOT_BE_CHECKED';

export interface SeedArea {
  key: AreaKey;
  id: string;
  kind: 'GOAL' | 'PRIORITY';
  position: number;
  title: string;
  summary: string;
}

export interface SeedMilestone {
  title: string;
  /** YYYY-MM-DD, last day it can be met */
  dueOn: string;
  precision: 'DAY' | 'MONTH' | 'YEAR';
}

export interface SeedItem {
  /** stable kebab-case */
  id: string;
  area: AreaKey;
  title: string;
  summary: string;
  milestones?: SeedMilestone[];
}

export interface SeedStatement {
  id: string;
  source: SourceKey;
  /** EXACT verbatim substring of the article file */
  quote: string;
  /** 1-based; only needed when the quote occurs more than once in the article */
  occurrence?: number;
  speaker: string;
  /** YYYY-MM-DD */
  statedOn: string;
  kind: StatementKind;
  /** SeedItem ids */
  items: string[];
  /** Whose words or position the speaker relays, if not his own. */
  relayedFrom?: string;
  /** The statement of another copy that reports the same remark (it counts once). */
  sameRemarkAs?: string;
}

export interface SeedStatusChange {
  id: string;
  item: string;
  status: Status;
  effectiveOn: string;
  note: string;
  /** statement ids, at least one */
  evidence: string[];
}

export interface SeedSource {
  key: SourceKey;
  id: string;
  file: string;
  outletType: 'OFFICIAL' | 'STATE_MEDIA' | 'INDEPENDENT' | 'FOREIGN' | 'OTHER';
  outlet: string;
  /** Omitted for the outlet's own text. */
  provenance?:
    | 'REPUBLICATION'
    | 'OFFICIAL_TRANSLATION'
    | 'UNOFFICIAL_TRANSLATION'
    | 'MACHINE_TRANSLATION';
  /** The outlet whose text this copy republishes or translates. */
  originalOutlet?: string;
}

// ---------------------------------------------------------------------------
// Presidency
// ---------------------------------------------------------------------------

export const presidency = {
  id: 'csto-2023-belarus',
  organization: 'Collective Security Treaty Organization (CSTO)',
  chairCountry: 'Belarus',
  periodStart: '2023-01-01',
  periodEnd: '2023-12-31',
  // verbatim from article 004, with the editor's [sic] on "solidary"
  motto: 'Through solidary [sic] and cooperation towards peace and security',
};

// ---------------------------------------------------------------------------
// Areas (article 004: GOALS and PRIORITIES sections)
// ---------------------------------------------------------------------------

export const areas: SeedArea[] = [
  {
    key: 'goals',
    id: 'area-goals',
    kind: 'GOAL',
    position: 0,
    title: 'Fundamental goals of the presidency',
    summary:
      'Inside the organization: more unity, less tension, contradictions addressed. Outside: a stronger role of the CSTO in international relations.',
  },
  {
    key: 'crisis',
    id: 'area-crisis',
    kind: 'PRIORITY',
    position: 1,
    title: 'Resolution of crisis situations',
    summary:
      "Resolving crises and preventing further destabilization in the CSTO's area of responsibility, including faster legal and logistical procedures and non-military anti-crisis tools.",
  },
  {
    key: 'positioning',
    id: 'area-positioning',
    kind: 'PRIORITY',
    position: 2,
    title: 'Effective positioning of the CSTO',
    summary:
      'Positioning the CSTO in the system of international relations by advancing cooperation with international organizations and third countries.',
  },
  {
    key: 'military',
    id: 'area-military',
    kind: 'PRIORITY',
    position: 3,
    title: "Enhancement of the CSTO's military component",
    summary:
      'Readiness and equipment of the CSTO forces, joint exercises, and military-technology cooperation among member states.',
  },
  {
    key: 'analytics',
    id: 'area-analytics',
    kind: 'PRIORITY',
    position: 4,
    title:
      'Enhancement of the analytical component, response to information wars, and mass media positioning',
    summary:
      "Building the CSTO's information and analysis capacity, a network of analytical institutes, and the organization's presence in the media.",
  },
];

// ---------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------

export const sources: SeedSource[] = [
  {
    key: '000',
    id: 'src-000-minsk-foreign-ministers',
    file: '000_50745069e9e53206.txt',
    outletType: 'STATE_MEDIA',
    outlet: 'BelTA',
  },
  {
    key: '001',
    id: 'src-001-secretary-general-meeting',
    file: '001_fbd5bf45be75674d.txt',
    outletType: 'FOREIGN',
    outlet: 'ArtsakhPress',
    // "citing BelTA": ArtsakhPress's report of BelTA's.
    provenance: 'REPUBLICATION',
    originalOutlet: 'BelTA',
  },
  {
    key: '002',
    id: 'src-002-foreign-ministers-republication',
    file: '002_e5262c9ddaf296c2.txt',
    outletType: 'OTHER',
    outlet: 'pionerprodukt.by',
    // The English paragraphs are a machine translation of BelTA's Russian
    // report (its glosses "Approx. BelTA" remain); the Russian paragraphs are
    // BelTA's own words.
    provenance: 'MACHINE_TRANSLATION',
    originalOutlet: 'BelTA',
  },
  {
    key: '003',
    id: 'src-003-moscow-2012-session',
    file: '003_4a0eafa0af06f748.txt',
    outletType: 'OFFICIAL',
    outlet: 'president.gov.by',
  },
  {
    key: '004',
    id: 'src-004-yerevan-priorities',
    file: '004_bb048e9e843e9c16.txt',
    outletType: 'STATE_MEDIA',
    outlet: 'BelTA',
  },
];

// ---------------------------------------------------------------------------
// Items
// ---------------------------------------------------------------------------

export const items: SeedItem[] = [
  // --- Fundamental goals -----------------------------------------------------
  {
    id: 'internal-unity',
    area: 'goals',
    title: 'Increase unity and reduce tensions among CSTO member states',
    summary:
      'Fundamental domestic goal: increase unity, reduce tensions and address contradictions between member states to strengthen the organization.',
  },
  {
    id: 'international-role',
    area: 'goals',
    title: "Enhance the CSTO's role in the system of international relations",
    summary:
      'Fundamental external goal: raise the role and significance of the CSTO in international relations and align its work with regional and global security.',
  },

  // --- Resolution of crisis situations ---------------------------------------
  {
    id: 'de-escalation-mutual-trust',
    area: 'crisis',
    title: 'Diplomatic efforts to de-escalate tensions and build mutual trust',
    summary:
      "Belarus' presidency pledged all possible diplomatic efforts to de-escalate tensions, reduce conflict potential and raise mutual trust in the CSTO's area.",
  },
  {
    id: 'armenia-azerbaijan-border',
    area: 'crisis',
    title: 'Help end the Armenia-Azerbaijan conflict',
    summary:
      "In Yerevan (November 2022) Lukashenko said the CSTO 'has to remove these conflicts' to be a responsible organization and, relaying Pashinyan, that the Armenia-Azerbaijan conflict would end with a peace treaty 'if we act as we've discussed it today'. In June 2023 he said the CSTO must be immersed in the problems Armenia is solving.",
  },
  {
    id: 'kyrgyzstan-tajikistan-border',
    area: 'crisis',
    title: 'Help resolve the Kyrgyzstan-Tajikistan border conflict',
    summary:
      "In Yerevan (November 2022) the Kyrgyzstan-Tajikistan border was named among the conflicts the CSTO 'has to remove' to be a genuine and responsible organization. In June 2023 Lukashenko said the CSTO must be immersed in the problems Kyrgyzstan and Tajikistan are solving.",
  },
  {
    id: 'ukraine-common-position',
    area: 'crisis',
    title: 'A common position of CSTO members on the Russia-Ukraine conflict',
    summary:
      "In February 2023 Lukashenko urged members to 'clearly define our policy, our line in order to act together' on the conflict between Ukraine and Russia, while not acting against national interests. In November 2022 the conflict in Ukraine had been listed among the crises in the CSTO area (context).",
  },
  {
    id: 'legal-base-rapid-deployment',
    area: 'crisis',
    title: 'Legal base for prompt authorization of collective force deployments',
    summary:
      "Improve the organization's legal base and national legislation so that deployments of collective security forces and assets can be authorized promptly.",
  },
  {
    id: 'simplified-transit-contingents',
    area: 'crisis',
    title: 'Simplified transit of contingents with weapons and hardware',
    summary:
      'A simplified procedure for moving contingents with weapons and military hardware across member states’ territories.',
  },
  {
    id: 'soft-power-anticrisis-mechanisms',
    area: 'crisis',
    title: 'Non-military anti-crisis mechanisms ("soft power")',
    summary:
      'Develop anti-crisis tools that do not need CSTO forces, such as consultations, monitoring and observation on the ground.',
  },
  {
    id: 'interagency-events-transnational-threats',
    area: 'crisis',
    title: 'Interagency events on transnational threats, open to invited guests',
    summary:
      'Events for the relevant agencies of member states on transnational challenges, to which other interested countries and international organizations may be invited.',
  },
  {
    id: 'fake-news-disinformation',
    area: 'crisis',
    title: 'Joint action against fake news and disinformation as a security threat',
    summary:
      'Listed under crisis resolution alongside cyber incidents, drug smuggling and critical infrastructure: member states to tackle fake news and disinformation together as a transnational threat.',
  },
  {
    id: 'cyber-incident-response',
    area: 'crisis',
    title: 'Joint response to cyber incidents',
    summary: 'Member states to respond jointly to cyber incidents.',
  },
  {
    id: 'drug-smuggling-protection',
    area: 'crisis',
    title: 'Protect CSTO territories from drug smuggling',
    summary: 'Joint protection of the territories of CSTO countries from drug smuggling.',
  },
  {
    id: 'critical-infrastructure-protection',
    area: 'crisis',
    title: 'Cooperation on protecting critical infrastructure, incl. nuclear sites',
    summary:
      'International cooperation on the protection of critical infrastructure, including nuclear facilities.',
  },
  {
    id: 'biological-security-council-session',
    area: 'crisis',
    title: 'Session of the biological security coordinating council in Belarus',
    summary:
      'Belarus proposed hosting a session of the coordinating council of authorized bodies on biological security.',
  },
  {
    id: 'secretary-general-action-plan',
    area: 'crisis',
    title: "Secretary General's action plan for the presidency's priorities",
    summary:
      'Secretary General Imangali Tasmagambetov was to submit an action plan implementing the November 2022 decisions and the priority areas of the Belarusian chairmanship.',
  },
  {
    id: 'common-economic-action-plan',
    area: 'crisis',
    title: 'Common CSTO action plan, primarily in the economy',
    summary:
      'Proposed in June 2023: a common plan of action for CSTO members, mainly economic, aimed at reducing dependence on imports.',
  },

  // --- Effective positioning of the CSTO -------------------------------------
  {
    id: 'eurasian-security-conference',
    area: 'positioning',
    title: 'International high-level conference on Eurasian security in Minsk',
    summary:
      "Three pledges about one event: hold a high-level international conference on Eurasian security in Minsk in 2023, invite the top officials of the UN, SCO and CIS secretariats, and discuss the international agenda from the CSTO's point of view on its sidelines.",
    milestones: [
      { title: 'Conference held in Minsk in 2023', dueOn: '2023-12-31', precision: 'YEAR' },
      {
        title: 'Top officials of the UN, SCO and CIS secretariats invited',
        dueOn: '2023-12-31',
        precision: 'YEAR',
      },
      {
        title:
          "International agenda discussed from the CSTO's point of view on the conference's sidelines",
        dueOn: '2023-12-31',
        precision: 'YEAR',
      },
    ],
  },
  {
    id: 'csto-china-strategic-dialogue',
    area: 'positioning',
    title: 'Strategic dialogue between the CSTO and China',
    summary:
      'Initiate a strategic dialogue with China (India also mentioned) through meetings in Belarus of foreign, defense and security-council officials.',
  },
  {
    id: 'cooperation-un-sco',
    area: 'positioning',
    title: 'Deeper cooperation with the UN, the SCO and other organizations',
    summary:
      "Advance the CSTO's cooperation with international organizations such as the UN, the SCO and the CIS, and with third countries.",
  },
  {
    id: 'csto-voice-international-venues',
    area: 'positioning',
    title: 'Speak on behalf of the CSTO at international venues',
    summary:
      'Member states to speak more often on behalf of the CSTO at international platforms so that its collective voice is heard.',
  },
  {
    id: 'minsk-summit-2023',
    area: 'positioning',
    title: 'Summit of CSTO heads of state in Minsk, November 2023',
    summary:
      'The session of the CSTO heads of state concluding the Belarusian presidency, announced for November 2023 in Minsk.',
    milestones: [{ title: 'Summit held in Minsk', dueOn: '2023-11-30', precision: 'MONTH' }],
  },

  // --- Enhancement of the CSTO's military component --------------------------
  {
    id: 'forces-readiness',
    area: 'military',
    title: 'Increase the readiness of the CSTO forces',
    summary:
      'Increase the readiness of the components of the CSTO forces to carry out their missions, including through thorough training.',
  },
  {
    id: 'peacekeepers-equipment',
    area: 'military',
    title: 'Equip peacekeeping contingents with modern weapons and gear',
    summary:
      'Pool resources to arm the contingents used for peacekeeping and other missions with modern weapons and special gear, a problem to be solved "within one year".',
    milestones: [
      {
        // "within one year" of the pledge in Yerevan on 23 November 2022
        title: 'Equipment problem resolved within one year',
        dueOn: '2023-11-23',
        precision: 'DAY',
      },
    ],
  },
  {
    id: 'joint-exercises-belarus-2023',
    area: 'military',
    title: "Joint CSTO exercises on Belarus' territory in 2023",
    summary:
      "A number of joint exercises of command bodies and forces of the CSTO collective security system to be planned and held in Belarus' territory in 2023.",
    milestones: [
      { title: 'Exercises held in Belarus in 2023', dueOn: '2023-12-31', precision: 'YEAR' },
    ],
  },
  {
    id: 'military-technology-policy',
    area: 'military',
    title: 'Coordinated military-technology policy of member states',
    summary:
      'Step up military-technology cooperation and pursue a coordinated military-technology policy among member states.',
  },
  {
    id: 'defense-standardization-inventory',
    area: 'military',
    title: 'Common approaches to standardization and inventory of defense products',
    summary:
      'Work out common approaches to the standardization and inventorying of defense products.',
  },
  {
    id: 'defense-manufacturing-cooperation',
    area: 'military',
    title: 'Manufacturing cooperation in defense products',
    summary:
      'Promote manufacturing cooperation for making defense products, towards joint development and production of modern weapons.',
  },

  // --- Analytical component, information wars, media -------------------------
  {
    id: 'analytical-institutional-capacity',
    area: 'analytics',
    title:
      "Build the CSTO's information and analysis capacity, including analyses and forecasts for member states",
    summary:
      "Build up the CSTO's institutional potential in information and analysis (pledged in Yerevan, November 2022). In June 2023 Lukashenko said results were not yet visible and proposed raising the level of analytics and forecasting, so that member states, including heads of state, receive strong analyses and forecasts.",
  },
  {
    id: 'analytical-institutes-network',
    area: 'analytics',
    title: 'Network of national analytical institutes for strategic studies',
    summary:
      "Form a network of member states' national institutes for strategic studies to pool expert potential and prepare conceptual documents.",
  },
  {
    id: 'analytical-institutes-heads-meeting',
    area: 'analytics',
    title: 'Meeting of heads of national analytical institutes in Minsk',
    summary:
      'A meeting of the heads of the national analytical institutes for strategic studies of CSTO member states, proposed for Minsk in 2023.',
    milestones: [
      { title: 'Meeting held in Minsk in 2023', dueOn: '2023-12-31', precision: 'YEAR' },
    ],
  },
  {
    id: 'information-operations-response',
    area: 'analytics',
    title: 'Capacity to counter information and psychological operations',
    summary:
      'Listed under the analytical priority: learn how to respond to the information and psychological operations that Lukashenko attributes to the West and primarily NATO, which he compared to military operations. Includes the June 2023 call to step up efforts in the information and analytical field and with the media.',
  },
  {
    id: 'media-positioning',
    area: 'analytics',
    title: 'Media positioning of the CSTO, including in foreign media',
    summary:
      "Step up information work and find new approaches to the CSTO's media presence, including in foreign mass media.",
  },
];

// ---------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------

const LUKASHENKO = 'Aleksandr Lukashenko, President of Belarus';
const BELTA = 'BelTA (narration)';
const ARTSAKHPRESS = 'ArtsakhPress (narration)';
// The narration of 002 is BelTA's report; its quotes say how it was translated.
const REPUBLISHER = 'BelTA (narration)';
const PRESS_SERVICE = 'Press service of the President of Belarus (narration)';

const D004 = '2022-11-23';
const D001 = '2023-02-13';
const D0623 = '2023-06-20'; // 000 and 002
const D003 = '2012-05-15';

export const statements: SeedStatement[] = [
  // === Fundamental goals ======================================================
  // 004 (Yerevan, 23 November 2022)
  {
    id: 's-004-presidency-presented',
    source: '004',
    quote:
      "Goals and priorities of Belarus' presidency over the Collective Security Treaty Organization were presented by Belarus President Aleksandr Lukashenko at a plenary session of the CSTO Collective Security Council in Yerevan, Armenia on 23 November, BelTA has learned.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'OTHER',
    items: ['internal-unity', 'international-role'],
  },
  {
    id: 's-004-improve-unity',
    source: '004',
    quote:
      'Domestically we have to improve the unity of the Collective Security Treaty Organization member states.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['internal-unity'],
  },
  {
    id: 's-004-fundamental-goals',
    source: '004',
    quote:
      "These are fundamental goals: to increase our unity, reduce the level of tensions, and address contradictions between them for the sake of strengthening the organization itself, for the sake of ensuring security and stability in the organization's responsibility area.",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['internal-unity'],
  },
  {
    id: 's-004-international-role',
    source: '004',
    quote:
      'Speaking about international affairs, Aleksandr Lukashenko mentioned Belarus is intent on enhancing the role and the significance of the Collective Security Treaty Organization in the system of international relations.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['international-role'],
  },
  {
    id: 's-004-motto',
    source: '004',
    quote:
      "The head of state noted that Belarus' presidency is expected to proceed under the slogan “Through solidary and cooperation towards peace and security”.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'OTHER',
    items: ['internal-unity', 'international-role'],
  },
  {
    id: 's-004-consensus-backing',
    source: '004',
    quote:
      'There is no doubt that the realization of the mentioned proposals is possible only if all the CSTO member states back them up.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'OTHER',
    items: ['internal-unity'],
  },
  // 001 (meeting with the Secretary General, 13 February 2023)
  {
    id: 's-001-greater-unity',
    source: '001',
    quote:
      'Belarusian President Aleksandr Lukashenko called for greater unity in the Collective Security Treaty Organization as he met with Secretary General of the Collective Security Treaty Organization (CSTO) Imangali Tasmagambetov on 13 February, BelTA reports.',
    speaker: ARTSAKHPRESS,
    statedOn: D001,
    kind: 'COMMITMENT',
    items: ['internal-unity', 'secretary-general-action-plan'],
  },
  {
    id: 's-001-bring-together',
    source: '001',
    quote:
      'You know well both the Caucasus and Central Asia. We have problems there. Let us try to resolve them and, as much as possible, bring the Collective Security Treaty Organization together in these difficult times.',
    speaker: LUKASHENKO,
    statedOn: D001,
    kind: 'COMMITMENT',
    items: ['internal-unity', 'de-escalation-mutual-trust'],
  },
  {
    id: 's-001-unite-act-together',
    source: '001',
    quote:
      'Aleksandr Lukashenko stressed that all members of the CSTO should unite and act together.',
    speaker: ARTSAKHPRESS,
    statedOn: D001,
    kind: 'COMMITMENT',
    items: ['internal-unity'],
  },
  {
    id: 's-001-find-compromises',
    source: '001',
    quote:
      'We will have to find compromises however. Within the CSTO we have found them long ago, and we act as one organization.',
    speaker: LUKASHENKO,
    statedOn: D001,
    kind: 'COMMITMENT',
    items: ['internal-unity'],
  },
  {
    id: 's-001-action-plan',
    source: '001',
    quote:
      'The Secretary General of the Collective Security Treaty Organization (CSTO) Imangali Tasmagambetov, who assumed office on 10 January 2023, was to submit to the Belarusian head of state an action plan to implement the decisions of the November (2022) session of the CSTO Collective Security Council and the CSTO’s priority areas of activity during the chairmanship of Belarus in the organization.',
    speaker: ARTSAKHPRESS,
    statedOn: D001,
    kind: 'COMMITMENT',
    items: ['secretary-general-action-plan'],
  },
  // 002 (foreign ministers, Minsk, 20 June 2023)
  {
    id: 's-002-stick-together',
    source: '002',
    quote: 'The current situation in the world leaves us no doubt that we must stick together',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['internal-unity'],
  },
  {
    id: 's-002-greater-integration',
    source: '002',
    quote:
      'That is why we are increasingly talking about the need for greater integration within our organization',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['internal-unity'],
  },
  {
    id: 's-002-ru-solidarity-concept',
    source: '002',
    quote:
      'Солидарность, единство и сотрудничество лежат в основе концепции нашего председательства в ОДКБ',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'OTHER',
    items: ['internal-unity', 'international-role'],
  },
  {
    id: 's-002-ru-support-priorities',
    source: '002',
    quote:
      'Он выразил признательность странам - участницам организации за поддержку приоритетов белорусского председательства в ОДКБ, которые, как уверен Президент, отвечают общим интересам.',
    speaker: REPUBLISHER,
    statedOn: D0623,
    kind: 'OTHER',
    items: ['internal-unity'],
  },
  {
    id: 's-002-economic-plan-proposed',
    source: '002',
    quote:
      'To strengthen integration, the President suggested developing a common plan of action for the CSTO',
    speaker: REPUBLISHER,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['common-economic-action-plan'],
  },
  {
    id: 's-002-economic-plan-economy',
    source: '002',
    quote: 'We need to develop a common plan of our actions, primarily in the economy.',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['common-economic-action-plan'],
  },
  {
    id: 's-002-economic-plan-imports',
    source: '002',
    quote:
      'One of the main goals of this plan should be to move away from dependence on the supply of imported products.',
    speaker: REPUBLISHER,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['common-economic-action-plan'],
  },
  {
    id: 's-002-economic-plan-bilateral',
    source: '002',
    quote:
      'According to him, Belarus and Russia in the bilateral track have already come close to developing such a plan and intend to implement it.',
    speaker: REPUBLISHER,
    statedOn: D0623,
    kind: 'PROGRESS_CLAIM',
    items: ['common-economic-action-plan'],
  },
  {
    id: 's-002-minsk-summit',
    source: '002',
    quote:
      'Alexander Lukashenko expressed confidence that these and other topical issues will be reflected in the agenda of the summit of the CSTO heads of state, which will be held in November 2023 in Minsk.',
    speaker: REPUBLISHER,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['minsk-summit-2023'],
  },

  // === Resolution of crisis situations ========================================
  // 004
  {
    id: 's-004-crisis-center-of-attention',
    source: '004',
    quote:
      "The resolution of crisis situations and the prevention of further destabilization in the CSTO's responsibility area should remain in the center of our attention",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['de-escalation-mutual-trust'],
  },
  {
    id: 's-004-crises-listed',
    source: '004',
    quote:
      'According to the president, January events in Kazakhstan, the conflict in Ukraine, the situation at the Armenia-Azerbaijan border, and the situation at the Kyrgyzstan-Tajikistan border vividly confirm the vital importance of this idea.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'OTHER',
    items: [
      'de-escalation-mutual-trust',
      'armenia-azerbaijan-border',
      'kyrgyzstan-tajikistan-border',
      'ukraine-common-position',
    ],
  },
  {
    id: 's-004-diplomatic-efforts',
    source: '004',
    quote:
      "Aleksandr Lukashenko assured that Belarus' presidency would undertake all the possible diplomatic efforts to deescalate tensions, reduce the conflict potential, and raise the level of mutual trust through joint actions of the CSTO members.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['de-escalation-mutual-trust'],
  },
  {
    id: 's-004-eastern-europe',
    source: '004',
    quote:
      "Our joint efforts should have a positive impact on the situation in the CSTO's responsibility area, including in Eastern Europe",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['de-escalation-mutual-trust', 'ukraine-common-position'],
  },
  {
    id: 's-004-armenia-azerbaijan-peace-treaty',
    source: '004',
    quote:
      "All of us understood from words of the current chairman [Armenia Prime Minister Nikol Pashinyan] that this Armenia-Azerbaijan conflict will end and a peace treaty will be signed if we act as we've discussed it today.",
    speaker: LUKASHENKO,
    relayedFrom: 'Nikol Pashinyan, Prime Minister of Armenia',
    statedOn: D004,
    kind: 'OTHER',
    items: ['armenia-azerbaijan-border'],
  },
  {
    id: 's-004-kyrgyzstan-tajikistan-movement',
    source: '004',
    quote:
      'As [Tajikistan President] Emomali Sharipovich [Rahmon] said today there is very serious movement forward together with the Kyrgyzstan president.',
    speaker: LUKASHENKO,
    relayedFrom: 'Emomali Rahmon, President of Tajikistan',
    statedOn: D004,
    kind: 'ASSESSMENT',
    items: ['kyrgyzstan-tajikistan-border'],
  },
  {
    id: 's-004-remove-conflicts',
    source: '004',
    quote:
      'We have to remove these conflicts if we want to be a genuine and responsible organization.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['kyrgyzstan-tajikistan-border', 'armenia-azerbaijan-border'],
  },
  {
    id: 's-004-legal-base',
    source: '004',
    quote:
      "In order to effectively respond to a broad range of crisis situations emerging in the CSTO's responsibility area, Belarus intends to focus efforts on improving the organization's legal base and national legislations.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['legal-base-rapid-deployment'],
  },
  {
    id: 's-004-prompt-authorizations',
    source: '004',
    quote:
      'Belarus believes it should enable prompt authorizations for the deployment of collective security forces and assets.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['legal-base-rapid-deployment'],
  },
  {
    id: 's-004-simplified-transit',
    source: '004',
    quote:
      'There are plans to pay attention to a simplified procedure for the transit of contingents with weapons and military hardware across territories of the member states.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['simplified-transit-contingents'],
  },
  {
    id: 's-004-days-coordinating',
    source: '004',
    quote:
      'We spent days coordinating the movement of our forces over there and back. It is not normal.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'OTHER',
    items: ['simplified-transit-contingents', 'legal-base-rapid-deployment'],
  },
  {
    id: 's-004-anticrisis-mechanisms',
    source: '004',
    quote:
      'According to the head of state, the anticrisis mechanisms that do not need forces and assets of the CSTO collective security system need to be developed further.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['soft-power-anticrisis-mechanisms'],
  },
  {
    id: 's-004-soft-power',
    source: '004',
    quote:
      "We have yet to finalize work on the matter of using flexible ‘political' tools or so-called soft power, if you want. The kind of soft power that Western countries actively use such as consultations, monitoring, and observation at the local level",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['soft-power-anticrisis-mechanisms'],
  },
  {
    id: 's-004-interagency-events',
    source: '004',
    quote:
      'In order to improve cohesion and step up interagency interaction in counteracting transnational challenges and threats to security, Belarus intends to organize events concerning responsibility areas of the relevant agencies.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['interagency-events-transnational-threats'],
  },
  {
    id: 's-004-interagency-invitees',
    source: '004',
    quote:
      'Representatives of other interested countries and specialized international organizations may be invited to attend.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['interagency-events-transnational-threats'],
  },
  {
    id: 's-004-fake-news',
    source: '004',
    quote: 'We have to tackle fake news, disinformation.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['fake-news-disinformation'],
  },
  {
    id: 's-004-cyber-drugs',
    source: '004',
    quote:
      'We have to jointly respond to cyber incidents, protect territories of the CSTO countries from drugs smuggling.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['cyber-incident-response', 'drug-smuggling-protection'],
  },
  {
    id: 's-004-critical-infrastructure',
    source: '004',
    quote:
      'We have to take care of international cooperation in the area of protection of critical infrastructure, including nuclear facilities.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['critical-infrastructure-protection'],
  },
  {
    id: 's-004-biosecurity-session',
    source: '004',
    quote:
      "In the context of the growing relevance of biological security problems we suggest organizing a session of the relevant coordinating council of authorized bodies of the organization's member states in Belarus.",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['biological-security-council-session'],
  },
  {
    id: 's-004-biosecurity-discuss-in-minsk',
    source: '004',
    quote:
      "I am talking about biological security and about the organization of an appropriate event in Belarus but we have to honestly say something to each other after all. Vladimir Vladimirovich [Putin], we often talk about biological labs. I think only Belarus and Russia don't have them but they exist in some CSTO countries. This is why it is necessary to discuss it in Minsk and come to an agreement on the matter somehow because it will be yet another talkfest.",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['biological-security-council-session'],
  },
  // 001
  {
    id: 's-001-program-borders',
    source: '001',
    quote:
      'We took the risk to compile the program of our presidency in the organization so that we could try to solve the problems that we have, especially on the borders of CSTO member states.',
    speaker: LUKASHENKO,
    statedOn: D001,
    kind: 'COMMITMENT',
    items: [
      'de-escalation-mutual-trust',
      'armenia-azerbaijan-border',
      'kyrgyzstan-tajikistan-border',
    ],
  },
  {
    id: 's-001-certain-position',
    source: '001',
    quote:
      'The time will come (it is not far away, literally tomorrow) and it will require us to define ourselves, to take a certain position.',
    speaker: LUKASHENKO,
    statedOn: D001,
    kind: 'COMMITMENT',
    items: ['ukraine-common-position'],
  },
  {
    id: 's-001-define-policy',
    source: '001',
    quote:
      'Despite all the shortcomings in the union we will have to clearly define our policy, our line in order to act together.',
    speaker: LUKASHENKO,
    statedOn: D001,
    kind: 'COMMITMENT',
    items: ['ukraine-common-position', 'internal-unity'],
  },
  // 002
  {
    id: 's-002-lack-of-solutions',
    source: '002',
    quote:
      'One of the shortcomings for which the CSTO is criticized is, according to the President, the lack of solutions to specific problems. For example, Kyrgyzstan has long been asking for help in resolving the conflict on the border with Tajikistan, while Armenia is making claims.',
    speaker: REPUBLISHER,
    relayedFrom: "the CSTO's critics, Kyrgyzstan and Armenia",
    statedOn: D0623,
    kind: 'ASSESSMENT',
    items: [
      'kyrgyzstan-tajikistan-border',
      'armenia-azerbaijan-border',
      'de-escalation-mutual-trust',
    ],
  },
  {
    id: 's-002-immersed-in-problems',
    source: '002',
    quote:
      'we must be immersed in the problems that CSTO member Armenia and CSTO members Kyrgyzstan and Tajikistan are solving today',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['kyrgyzstan-tajikistan-border', 'armenia-azerbaijan-border'],
  },
  {
    id: 's-002-ru-crisis-settlement',
    source: '002',
    quote:
      'Мы исходим из того, что сегодня важнейшим направлением является урегулирование кризисов в зоне ОДКБ.',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['de-escalation-mutual-trust'],
  },
  {
    id: 's-002-ru-restore-trust',
    source: '002',
    quote:
      'Если потребуется помощь от Беларуси, а в данном случае - наши инициативы, они будут. Для того чтобы восстановить и укрепить доверие между нашими партнерами, мы сделаем все',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['de-escalation-mutual-trust'],
  },
  // 003 (background, 2012)
  {
    id: 's-003-terrorism-drugs-information',
    source: '003',
    quote:
      'In particular, Belarus suggests improving the security and effectiveness of the protection of CSTO member states from terrorism, drugs trafficking, illegal migration and information challenges.',
    speaker: PRESS_SERVICE,
    statedOn: D003,
    kind: 'OTHER',
    items: ['drug-smuggling-protection', 'fake-news-disinformation'],
  },
  {
    id: 's-003-transnational-threats-partnership',
    source: '003',
    quote:
      'Dialogue, equal partnering relations, joint projects and programs with other organizations and countries are what will secure success in the confrontation with transnational threats',
    speaker: LUKASHENKO,
    statedOn: D003,
    kind: 'OTHER',
    items: ['interagency-events-transnational-threats', 'cooperation-un-sco'],
  },

  // === Effective positioning of the CSTO ======================================
  // 004
  {
    id: 's-004-effective-positioning',
    source: '004',
    quote:
      "Effective positioning of the Collective Security Treaty Organization in the system of international relations by advancing cooperation with international organizations and third countries represents a key factor for our organization's inclusion in the most pressing problems on the international agenda.",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'OTHER',
    items: ['international-role', 'cooperation-un-sco'],
  },
  {
    id: 's-004-sco-cis-shifts',
    source: '004',
    quote:
      'But very serious shifts have been secured within the framework of the Shanghai Cooperation Organization, the Commonwealth of Independent States.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'ASSESSMENT',
    items: ['cooperation-un-sco'],
  },
  {
    id: 's-004-eurasian-conference',
    source: '004',
    quote:
      'Belarus suggests arranging a broad discussion of the international agenda from the point of view of CSTO interests on the sidelines of an international high-level conference on Eurasian security.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['eurasian-security-conference'],
  },
  {
    id: 's-004-eurasian-conference-invitees',
    source: '004',
    quote:
      'Top officials of the secretariats of the United Nations Organization, the Shanghai Cooperation Organization, the Commonwealth of Independent States, and other international organizations will be invited to attend the conference.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['eurasian-security-conference', 'cooperation-un-sco'],
  },
  {
    id: 's-004-eurasian-conference-minsk-2023',
    source: '004',
    quote: 'The conference is supposed to take place in Minsk in 2023.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['eurasian-security-conference'],
  },
  {
    id: 's-004-china-partnership',
    source: '004',
    quote:
      "Aleksandr Lukashenko also remarked that the expansion of partnership ties with global players such as China would contribute to the enhancement of the Collective Security Treaty Organization's standing in the international scene.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'OTHER',
    items: ['csto-china-strategic-dialogue'],
  },
  {
    id: 's-004-china-strategic-dialogue',
    source: '004',
    quote:
      "With this in mind Belarus' presidency intends to initiate a strategic dialogue between the Collective Security Treaty Organization and the People's Republic of China (we may think about India, too) by means of organizing meetings in Belarus of representatives of the ministries of foreign affairs, defense, offices of the security councils of the CSTO member states and the corresponding countries like China, for example",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['csto-china-strategic-dialogue'],
  },
  // 000
  {
    id: 's-000-deepen-cooperation',
    source: '000',
    quote:
      'The CSTO should deepen cooperation with the UN, the SCO and other international organizations, Belarusian President Aleksandr Lukashenko said as he met with the ministers of foreign affairs of the member states of the Collective Security Treaty Organization (CSTO) in Minsk on 20 June, BelTA has learned.',
    speaker: BELTA,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['cooperation-un-sco'],
  },
  {
    id: 's-000-synergies',
    source: '000',
    quote:
      'The president recalled that in July, the chairmanship in the SCO will pass over to Kazakhstan that will chair the CSTO in 2024. "It\'s an interesting configuration. This is a good opportunity to ensure effective synergies between the two organizations. Kazakhstan has sufficient expertise and experience to put this two chairmanships to good use," he said.',
    speaker: BELTA,
    statedOn: D0623,
    kind: 'OTHER',
    items: ['cooperation-un-sco'],
  },
  {
    id: 's-000-speak-on-behalf',
    source: '000',
    quote:
      "We need to speak more often on behalf of the CSTO at international venues so that this voice is heard. They don't want to hear us intentionally.",
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['csto-voice-international-venues'],
  },
  {
    id: 's-000-voice-heard',
    source: '000',
    quote: 'Nevertheless, our voice as a military-political bloc should be heard',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['csto-voice-international-venues', 'international-role'],
  },
  // 002
  {
    id: 's-002-interaction-un-sco',
    source: '002',
    quote:
      'As for the interaction of the CSTO with other organizations (for example, the UN, the SCO), here, according to the President, it is also necessary to strengthen the work and speak more often on behalf of the CSTO at international platforms so that this voice is heard.',
    speaker: REPUBLISHER,
    sameRemarkAs: 's-000-deepen-cooperation',
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['cooperation-un-sco', 'csto-voice-international-venues'],
  },
  {
    id: 's-002-collective-diplomatic-voice',
    source: '002',
    quote:
      'I am absolutely convinced that the collective diplomatic voice of the CSTO will contribute a significant contribution to the restoration of peace and security in the region',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'OTHER',
    items: ['csto-voice-international-venues', 'international-role'],
  },
  // 003 (background, 2012)
  {
    id: 's-003-dialogue-un-osce-nato',
    source: '003',
    quote:
      'We are interested in a productive dialogue with international organizations such as the UN, the OSCE, and NATO, and in peaceful resolution of conflict situations',
    speaker: LUKASHENKO,
    statedOn: D003,
    kind: 'OTHER',
    items: ['cooperation-un-sco'],
  },
  {
    id: 's-003-not-isolated',
    source: '003',
    quote:
      'For the sake of successful accomplishment of our goals the CSTO should not be isolated. In the 21st century no regional organization can repulse all modern challenges alone',
    speaker: LUKASHENKO,
    statedOn: D003,
    kind: 'OTHER',
    items: ['international-role'],
  },
  {
    id: 's-003-un-closer-ties',
    source: '003',
    quote:
      'The status and strategy of the CSTO have been acknowledged by other countries, international and regional organizations, including the UN, that want to establish closer ties with it.',
    speaker: PRESS_SERVICE,
    statedOn: D003,
    kind: 'OTHER',
    items: ['cooperation-un-sco', 'international-role'],
  },

  // === Enhancement of the CSTO's military component ===========================
  // 004
  {
    id: 's-004-forces-readiness',
    source: '004',
    quote:
      'As for priority tasks in this field, we believe it is necessary to increase the readiness of components of the CSTO forces to carry out their missions and to step up military technology cooperation of the member states.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['forces-readiness', 'military-technology-policy'],
  },
  {
    id: 's-004-training-equipment',
    source: '004',
    quote:
      'Aleksandr Lukashenko remarked that the successful accomplishment of missions by the CSTO forces depends on their thorough training and equipment with modern weapons and special gear.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'OTHER',
    items: ['forces-readiness', 'peacekeepers-equipment'],
  },
  {
    id: 's-004-within-one-year',
    source: '004',
    quote: 'This problem has to be resolved once and for all within one year.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['peacekeepers-equipment'],
  },
  {
    id: 's-004-arm-peacekeepers',
    source: '004',
    quote:
      "We have to pool resources – it doesn't cost much – and arm our guys, whom we use for peacekeeping missions and other ones.",
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['peacekeepers-equipment'],
  },
  {
    id: 's-004-joint-exercises-2023',
    source: '004',
    quote:
      "With this in mind a number of joint exercises involving command and control bodies and forces and assets of the CSTO collective security system will be planned and carried out in Belarus' territory in 2023.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['joint-exercises-belarus-2023'],
  },
  {
    id: 's-004-coordinated-military-technology-policy',
    source: '004',
    quote:
      "According to Aleksandr Lukashenko, the development of the coalitional military technical component depends heavily on the organization's member states pursuing a coordinated military technology policy.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'OTHER',
    items: ['military-technology-policy'],
  },
  {
    id: 's-004-belarus-russia-experience',
    source: '004',
    quote:
      'Belarus and Russia have accumulated serious experience (a blessing in disguise) of intensifying military technology cooperation and creating ordinary and cutting-edge weapon systems. Feel free to join us, you are no strangers',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['military-technology-policy', 'defense-manufacturing-cooperation'],
  },
  {
    id: 's-004-standardization-manufacturing',
    source: '004',
    quote:
      "Belarus' presidency over the Collective Security Treaty Organization intends to pay close attention to stepping up efforts to work out common approaches in the area of standardization and inventorying of defense products and the promotion of manufacturing cooperation for making defense products.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['defense-standardization-inventory', 'defense-manufacturing-cooperation'],
  },
  {
    id: 's-004-joint-production',
    source: '004',
    quote:
      'All of it should ensure the joint development and production of modern weapons and military hardware in the future',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['defense-manufacturing-cooperation', 'defense-standardization-inventory'],
  },
  // 003 (background, 2012)
  {
    id: 's-003-military-component-special-forces',
    source: '003',
    quote:
      'The President of Belarus believes it is necessary to enhance the military component of the organization, focusing on developing highly mobile modern special forces. Those are collective rapid response and deployment forces, peacemaking troops.',
    speaker: PRESS_SERVICE,
    statedOn: D003,
    kind: 'OTHER',
    items: ['forces-readiness'],
  },

  // === Analytical component, information wars, media =========================
  // 004
  {
    id: 's-004-institutional-potential',
    source: '004',
    quote:
      'This is why we are going to focus on building up the institutional potential of the Collective Security Treaty Organization in the sphere of information and analysis.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['analytical-institutional-capacity'],
  },
  {
    id: 's-004-respond-to-attacks',
    source: '004',
    quote:
      "The president drew attention to the information and psychological operations that the West and primarily NATO focus heavily on in the course of the information war in Ukraine's territory. “We see it very well and take care of it. I think the Russian Federation does, too. We need to know how to do it in order to respond to their attacks.",
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['information-operations-response'],
  },
  {
    id: 's-004-info-ops-akin-to-military',
    source: '004',
    quote:
      'Information and psychological operations are akin to military operations. We have to be ready for them',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['information-operations-response'],
  },
  {
    id: 's-004-institutes-network',
    source: '004',
    quote:
      'According to the president, the formation of a network of national analytical institutes for strategic studies in the member states will be a concrete practical contribution to the accomplishment of this task.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['analytical-institutes-network'],
  },
  {
    id: 's-004-institutes-network-tool',
    source: '004',
    quote:
      'We see it as an important tool for preparing conceptual and strategic documents on topical matters of international and regional security in our organization',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'OTHER',
    items: ['analytical-institutes-network'],
  },
  {
    id: 's-004-institutes-heads-meeting-minsk',
    source: '004',
    quote:
      'Belarus suggests arranging a meeting of heads of national analytical institutes for strategic studies of the CSTO member states in Minsk in 2023 for the sake of organizing systemic work in this field.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['analytical-institutes-heads-meeting', 'analytical-institutes-network'],
  },
  {
    id: 's-004-media-positioning',
    source: '004',
    quote:
      'In his words, media positioning of the Collective Security Treaty Organization, including presence in foreign mass media, is an important component, too.',
    speaker: BELTA,
    statedOn: D004,
    kind: 'OTHER',
    items: ['media-positioning'],
  },
  {
    id: 's-004-media-new-approaches',
    source: '004',
    quote:
      'We believe that it is now necessary to not only step up information work but work out new approaches.',
    speaker: LUKASHENKO,
    statedOn: D004,
    kind: 'COMMITMENT',
    items: ['media-positioning'],
  },
  // 000
  {
    id: 's-000-build-up-analytical-capacities',
    source: '000',
    quote:
      'The head of state also urged to build up the information and analytical capacities of the CSTO.',
    speaker: BELTA,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['analytical-institutional-capacity'],
  },
  {
    id: 's-000-results-not-visible',
    source: '000',
    quote: 'Results are not yet visible',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'ASSESSMENT',
    items: ['analytical-institutional-capacity'],
  },
  {
    id: 's-000-nothing-holding-back',
    source: '000',
    quote:
      "Nothing is holding us back here. I think that at today's meeting [meeting of the CSTO Ministerial Council] you could look into this issue.",
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'ASSESSMENT',
    items: ['analytical-institutional-capacity'],
  },
  {
    id: 's-000-war-zone-information',
    source: '000',
    quote:
      'Today we are all in the war zone of information and psychological operations. Belarus has had a good share of it.',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'OTHER',
    items: ['information-operations-response'],
  },
  {
    id: 's-000-step-up-info-analytical-media',
    source: '000',
    quote:
      'We need to step up our efforts in the information and analytical field and in cooperation with the media',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: [
      'analytical-institutional-capacity',
      'media-positioning',
      'information-operations-response',
    ],
  },
  {
    id: 's-000-analytics-forecasting',
    source: '000',
    quote:
      'The president also suggested increasing the level of analytics and forecasting in order to feed member countries, including the heads of state, strong analysis materials, including forecasts.',
    speaker: BELTA,
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['analytical-institutional-capacity'],
  },
  {
    id: 's-000-information-sharing',
    source: '000',
    quote:
      'We send any information that concerns your states (we have this formalized in law) either to the presidents, or to the foreign ministries, or to the special services. We will continue to do so.',
    speaker: LUKASHENKO,
    statedOn: D0623,
    kind: 'OTHER',
    items: ['analytical-institutional-capacity'],
  },
  // 002
  {
    id: 's-002-information-analytical-potential',
    source: '002',
    quote:
      'Another aspect that the head of state dwelled on was the need to build up the information and analytical potential of the CSTO',
    speaker: REPUBLISHER,
    sameRemarkAs: 's-000-build-up-analytical-capacities',
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: ['analytical-institutional-capacity'],
  },
  {
    id: 's-002-increase-efforts-media',
    source: '002',
    quote:
      'We need to learn how to increase our efforts in the information and analytical field and in cooperation with the media.',
    speaker: LUKASHENKO,
    sameRemarkAs: 's-000-step-up-info-analytical-media',
    statedOn: D0623,
    kind: 'COMMITMENT',
    items: [
      'analytical-institutional-capacity',
      'media-positioning',
      'information-operations-response',
    ],
  },
];

// ---------------------------------------------------------------------------
// Status changes (dated by the later articles: 001 = 2023-02-13, 000/002 = 2023-06-20)
// ---------------------------------------------------------------------------

export const statusChanges: SeedStatusChange[] = [
  // Every rating rests on a report of action or an assessment of outcome
  // dated on or after the item's commitment (lib/evidence-rules.ts; checked
  // by seeds/load.test.ts). The articles end in June 2023: most items have
  // no such evidence yet and stay "Not yet rated".

  // --- Resolution of crisis situations ---------------------------------------
  {
    id: 'sc-2023-06-20-de-escalation',
    item: 'de-escalation-mutual-trust',
    status: 'STALLED',
    effectiveOn: D0623,
    note: "A June report, paraphrasing Lukashenko, says the CSTO is criticised for a lack of solutions to specific problems, citing Kyrgyzstan's long-standing requests for help on its border with Tajikistan and unspecified claims by Armenia. It reports no diplomatic step by the presidency toward de-escalation; Lukashenko only pledged Belarusian initiatives if asked.",
    evidence: ['s-002-lack-of-solutions'],
  },
  {
    id: 'sc-2023-06-20-kyrgyzstan-tajikistan-border',
    item: 'kyrgyzstan-tajikistan-border',
    status: 'STALLED',
    effectiveOn: D0623,
    note: "A June report, paraphrasing Lukashenko, says the CSTO is criticised for a lack of solutions to specific problems, giving as an example that Kyrgyzstan has long been asking for help with its border conflict with Tajikistan. Lukashenko said the CSTO 'must be immersed' in these problems; no CSTO step is reported.",
    evidence: ['s-002-lack-of-solutions'],
  },
  {
    id: 'sc-2023-06-20-armenia-azerbaijan-border',
    item: 'armenia-azerbaijan-border',
    status: 'STALLED',
    effectiveOn: D0623,
    note: "A June report, paraphrasing Lukashenko, lists among the CSTO's unsolved problems that 'Armenia is making claims'; it does not say what the claims are and names neither Azerbaijan nor the border. No CSTO step on the Armenia-Azerbaijan conflict is reported since November 2022.",
    evidence: ['s-002-lack-of-solutions'],
  },

  // --- Analytical component, information wars, media -------------------------
  {
    id: 'sc-2023-06-20-analytical-capacity',
    item: 'analytical-institutional-capacity',
    status: 'STALLED',
    effectiveOn: D0623,
    note: 'In June Lukashenko said results in building the information and analytical capacity were "not yet visible" although nothing was holding the work back.',
    evidence: ['s-000-results-not-visible', 's-000-nothing-holding-back'],
  },
];
