-- Issue 14: a measured value keeps its digits as text (reported_value, "0.050") and is numeric
-- beside it, so the database can compare, sort and sum results. Written together by the entity
-- (MeasuredValue); filled here for the rows there are. The text columns hold plain decimals
-- (BigDecimal.toPlainString), which both databases cast.
ALTER TABLE sample_item ADD COLUMN reported_number NUMERIC(38, 10);
ALTER TABLE sample_item ADD COLUMN limit_unit_number NUMERIC(38, 10);

UPDATE sample_item SET reported_number = CAST(reported_value AS NUMERIC(38, 10))
  WHERE reported_value IS NOT NULL;
UPDATE sample_item SET limit_unit_number = CAST(value_in_limit_unit AS NUMERIC(38, 10))
  WHERE value_in_limit_unit IS NOT NULL;

CREATE INDEX sample_item_limit_unit_number ON sample_item (limit_unit_number);
