/** The marker for a cell the report prints as "-": the value was not reported. */
export const NOT_REPORTED = 'not-reported';
