export type {
  AddEntryOperation,
  CrmOperation,
  CrmPersonSnapshot,
  FieldFate,
  PlannedField,
  SyncPlan,
} from './types.js'
export { planSync, type PlanSyncInput } from './plan-sync.js'
export { applyPlan } from './apply-plan.js'
