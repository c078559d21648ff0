-- Issue 14: a collection task counts what was collected for it (fed by the sampling component's
-- events), instead of the planning component counting the sample table.
ALTER TABLE collection_task ADD COLUMN collected INTEGER DEFAULT 0 NOT NULL;

-- the samples taken for each task so far; a sample the laboratory rejected no longer counts
UPDATE collection_task SET collected = (
  SELECT COUNT(*) FROM sample s WHERE s.task_id = collection_task.id AND s.state <> 'REJECTED');
