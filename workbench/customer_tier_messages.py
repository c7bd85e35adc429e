"""Every sentence the customer tiering shows a user, kept together: English templates
marked for the workbench catalogue, raised as `Msg(template, ...)` so each reader gets
them in their language."""

from workbench.i18n import _t

NO_CUSTOMERS = _t("The customer list has no customers.")
MISSING_COLUMNS = _t(
    "{where} needs a header row with an 'arpu' column (average monthly bill, yuan) and a "
    "'tenure_months' column; it has: {found}."
)
BAD_NUMBER = _t(
    "{where}, line {line}, column '{column}': {cell!r} is not a number of zero or more."
)
TENURE_BELOW_TABLE = _t(
    "A tenure of {months} months is below the first row of the tenure table; start the "
    "table at 0 months."
)
BAD_SHARES = _t("The tier shares must be positive and add up to 100 % (they are {shares} %).")
BAD_ROUNDING = _t("Thresholds are rounded to a multiple of a positive number, not {rounding}.")
TIER_COUNT = _t(
    "The document has {segments} customer tiers but the tier shares give {tiers}; give one "
    "share per tier."
)
CANNOT_READ = _t("Cannot read the customer list {path}: {reason}.")
NOT_TEXT = _t("The customer list {path} is not text in UTF-8 or GB 18030.")
TOO_MANY = _t("The customer list has more than {most} customers.")
