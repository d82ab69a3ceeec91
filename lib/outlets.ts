import type { OutletType } from '@/lib/generated/prisma/enums';

export const OUTLET_TYPES: readonly { code: OutletType; label: string; definition: string }[] = [
  {
    code: 'OFFICIAL',
    label: 'Official',
    definition: 'A government or CSTO body publishing its own words.',
  },
  {
    code: 'STATE_MEDIA',
    label: 'State media',
    definition: 'Media owned or controlled by a member state (e.g. BelTA).',
  },
  {
    code: 'INDEPENDENT',
    label: 'Independent',
    definition: 'Media not controlled by a government.',
  },
  {
    code: 'FOREIGN',
    label: 'Foreign',
    definition: 'Media based outside Belarus, whatever its ownership.',
  },
  {
    code: 'OTHER',
    label: 'Other',
    definition: 'Republications and sites that fit none of the above.',
  },
];

export function outletTypeLabel(code: OutletType): string {
  return OUTLET_TYPES.find((type) => type.code === code)?.label ?? code;
}
