-- A host's question or quiz may be written in Chinese, English or both (docs/adr/0021): a language it lacks is null.
-- The official bank still has both; BankValidator checks that, not the database.
-- Runs unchanged on H2 (dev, tests) and PostgreSQL (prod, it).
alter table question alter column text_zh drop not null;
alter table question alter column text_en drop not null;
alter table question alter column explanation_zh drop not null;
alter table question alter column explanation_en drop not null;
alter table quiz alter column title_zh drop not null;
alter table quiz alter column title_en drop not null;
alter table quiz alter column description_zh drop not null;
alter table quiz alter column description_en drop not null;
