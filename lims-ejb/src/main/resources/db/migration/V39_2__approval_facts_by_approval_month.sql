-- The approvals taken back out of a period's whole months are those of months after the as-of date
-- (FactQueries: approved_month >= the month after the as-of date, month_start inside the period).
-- Indexed by month of sampling first, a year's figures read every approval-month row of the year
-- and keep the few after the as-of date; by month of approval first they read only those (for a
-- past year as of its last day: the approvals of the following January on). Issue 10, item 2:
-- the read follows the rows the figure needs, not the rows the year holds.
CREATE INDEX sample_approval_fact_approved ON sample_approval_fact (approved_month, month_start);
CREATE INDEX turnaround_approval_fact_approved ON turnaround_approval_fact (approved_month, month_start);
