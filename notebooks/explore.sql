-- The questions of explore.ipynb as DuckDB SQL over the pipeline's Parquet tables.
-- Run from the repository root after `bin/newsfigures run`:  duckdb < notebooks/explore.sql
-- or paste a statement into any tool that speaks DuckDB. Each statement ends with a semicolon.

-- Rows per table.
select 'articles' as table_name, count(*) as row_count from read_parquet('output/articles/*.parquet')
union all select 'figures', count(*) from read_parquet('output/figures/*.parquet')
union all select 'entities', count(*) from read_parquet('output/entities/*.parquet')
union all select 'events', count(*) from read_parquet('output/events/*.parquet')
union all select 'quotes', count(*) from read_parquet('output/quotes/*.parquet')
union all select 'rejects', count(*) from read_parquet('output/rejects/*.parquet')
union all select 'claims', count(*) from read_parquet('output/claims/*.parquet')
union all select 'conflicts', count(*) from read_parquet('output/conflicts/*.parquet')
union all select 'tariffs', count(*) from read_parquet('output/tariffs/*.parquet')
union all select 'runs', count(*) from read_parquet('output/runs/*.parquet');


-- Conflicts with their explanations, most severe first.
select c.metric, c.subject, c.counterpart, c.year, k.conflict_type, round(k.severity, 2) as severity, k.explanation
from read_parquet('output/conflicts/*.parquet') k
join read_parquet('output/claims/*.parquet') c using (claim_id)
order by k.severity desc;

-- Money figures normalized to USD, per claim and article; in_conflict marks the figures a conflict names
-- (the dashboard's first chart).
with conflicting as (
  select distinct unnest(figure_ids) as figure_id from read_parquet('output/conflicts/*.parquet')
)
select f.metric, f.subject, f.counterpart, f.year, f.source_file, f.text, f.currency,
       round(f.value_usd / 1e9, 1) as usd_billions, f.figure_id in (select figure_id from conflicting) as in_conflict
from read_parquet('output/figures/*.parquet') f
where f.kind = 'money' and f.value_usd is not null and f.metric is not null
order by in_conflict desc, f.metric, f.year, usd_billions desc;

-- Canada's exports to and imports from China by year, as each article reports them.
select metric, year, source_file, text, round(value_usd / 1e9, 1) as usd_billions
from read_parquet('output/figures/*.parquet')
where metric in ('exports', 'imports') and subject = 'CA' and counterpart = 'CN' and value_usd is not null
order by metric, year, source_file;

-- Export shares with the hedge the article used ("about", "less than").
select subject, counterpart, year, qualifier, value as percent, text, source_file
from read_parquet('output/figures/*.parquet')
where metric = 'export_share' and kind = 'percent'
order by percent desc;

-- Tariff rates by imposer, target and product; the articles stating each.
select imposer, target, product, rate, qualifier, string_agg(distinct source_file, ', ' order by source_file) as sources
from read_parquet('output/tariffs/*.parquet')
where rate is not null
group by imposer, target, product, rate, qualifier
order by rate desc, imposer, product;

-- Figures per article, by kind.
select a.source_file, f.kind, count(*) as figures
from read_parquet('output/figures/*.parquet') f
join read_parquet('output/articles/*.parquet') a using (article_id)
group by a.source_file, f.kind
order by a.source_file, f.kind;

-- Timeline of dated events.
select e.date_start, e.date_end, e.date_precision, e.event_type, e.date_text, e.location, a.source_file
from read_parquet('output/events/*.parquet') e
join read_parquet('output/articles/*.parquet') a using (article_id)
order by e.date_start, e.event_type, a.source_file;

-- The last runs: what each processed, and whether it succeeded (what a scheduler's operator watches).
select run_id, status, mode, articles_seen, articles_new, articles_changed, articles_removed, rejected,
       figures, conflicts, duration_ms, message
from read_parquet('output/runs/*.parquet')
order by started_at desc
limit 5;
