-- The basis of the residents figure of the reference regions mixed English into the Chinese text
-- ("2020年普查规模：over 1,000,000", issue 11). The census size classes are written in Chinese, as
-- the rest of the text; the plan units that copied the text when their quota was computed get the
-- same words (the figure and its year are unchanged).
UPDATE region SET residents_basis = REPLACE(residents_basis, '普查规模：over 1,000,000', '普查规模：100万以上');
UPDATE region SET residents_basis = REPLACE(residents_basis, '普查规模：700,000-1,000,000', '普查规模：70万至100万');
UPDATE region SET residents_basis = REPLACE(residents_basis, '普查规模：500,000-700,000', '普查规模：50万至70万');
UPDATE region SET residents_basis = REPLACE(residents_basis, '普查规模：under 500,000', '普查规模：50万以下');
UPDATE plan_unit SET residents_basis = REPLACE(residents_basis, '普查规模：over 1,000,000', '普查规模：100万以上');
UPDATE plan_unit SET residents_basis = REPLACE(residents_basis, '普查规模：700,000-1,000,000', '普查规模：70万至100万');
UPDATE plan_unit SET residents_basis = REPLACE(residents_basis, '普查规模：500,000-700,000', '普查规模：50万至70万');
UPDATE plan_unit SET residents_basis = REPLACE(residents_basis, '普查规模：under 500,000', '普查规模：50万以下');
