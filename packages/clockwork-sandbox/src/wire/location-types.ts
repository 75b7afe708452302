import type { ContactLocation } from '@talent-sync/clockwork'

// NOTE: v3 responses carry a `locationTypeId` UUID where write requests send a
// `location` string; the real ids are unknown, so these fixed ids stand in.
/** Location type id sent for each contact location. */
export const LOCATION_TYPE_IDS: Readonly<Record<ContactLocation, string>> = {
  home: '6c1f1c3e-5a8e-4f47-9d2a-0d1b7f3c9a01',
  work: '6c1f1c3e-5a8e-4f47-9d2a-0d1b7f3c9a02',
  other: '6c1f1c3e-5a8e-4f47-9d2a-0d1b7f3c9a03',
}
