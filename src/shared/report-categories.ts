// The report's problems, apart from its schema: the report page's first step lists them without loading the validator.
export const CATEGORIES = ['repair', 'aspen', 'harassment', 'antisocial', 'health', 'school', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
