"""Every sentence the customer tiering shows a user: plain English format strings with
named parameters, kept together so they can be routed through a message catalogue."""

NO_CUSTOMERS = "The customer list has no customers."
MISSING_COLUMNS = (
    "{where} needs a header row with an 'arpu' column (average monthly bill, yuan) and a "
    "'tenure_months' column; it has: {found}."
)
BAD_NUMBER = (
    "{where}, line {line}, column '{column}': {cell!r} is not a number of zero or more."
)
TENURE_BELOW_TABLE = (
    "A tenure of {months} months is below the first row of the tenure table; start the "
    "table at 0 months."
)
BAD_SHARES = "The tier shares must be positive and add up to 100 % (they are {shares} %)."
BAD_ROUNDING = "Thresholds are rounded to a multiple of a positive number, not {rounding}."
TIER_COUNT = (
    "The document has {segments} customer tiers but the tier shares give {tiers}; give one "
    "share per tier."
)
CANNOT_READ = "Cannot read the customer list {path}: {reason}."
NOT_TEXT = "The customer list {path} is not text in UTF-8 or GB 18030."
TOO_MANY = "The customer list has more than {most} customers."
