-- Spun copies (issue 6): how each document uses the synonym lexicon (canonical forms and variants, see
-- Parley.Duplicates.SynonymUse) is kept with its signature, so that a later copy can be compared with it;
-- a copy records whether it was machine-spun from the document it was found nearest to.
-- Documents signed before this migration count as using no synonym, so no copy of them is called spun.
ALTER TABLE document_signatures ADD COLUMN canonicals INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_signatures ADD COLUMN variants INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_copies ADD COLUMN spun INTEGER NOT NULL DEFAULT 0;
