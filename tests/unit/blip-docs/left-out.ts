const REQUIRED_DATES =
  "The API reference marks beginDate and endDate as required for this report; the Postman collection's request omits them. The sandbox follows the reference and refuses the request (64), and the extension always sends both dates.";

/**
 * Documented examples the conformance test does not hold the sandbox to, each with the reason. Keep
 * this short: an entry is a decision a reviewer can check against the docs.
 */
export const LEFT_OUT: Record<string, string> = {
  'getting-started/postman-collection.json#extensions-desk-get-a-report-about-agents': REQUIRED_DATES,
  'getting-started/postman-collection.json#extensions-desk-get-a-report-about-ticket-timing': REQUIRED_DATES,
  'getting-started/postman-collection.json#extensions-desk-get-a-report-about-tickets': REQUIRED_DATES,
};
