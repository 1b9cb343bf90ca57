/**
 * The procurement officers' side, one module per concern: the queue, one submission's review, the
 * decisions (writes), the overview per care type and the answers export.
 */
export { assertReviewer } from "./access";
export { allQueueRows, listQueue } from "./queue";
export { currentDecision, submissionReview } from "./submission-review";
export { loadPurchaserDecisions as purchaserDecisions } from "../submissions";
export { decide, decideException, reviewAnswer, startReview, type ReviewWriteResult } from "./decisions";
export { careTypeOverview } from "./overview";
export { answersExport, MAX_EXPORT_SUBMISSIONS } from "./export";
