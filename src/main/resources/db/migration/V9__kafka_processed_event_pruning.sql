-- processed_event is pruned by age (ProcessedEventPruner, docs/adr/0014): find the old ids without a full scan.
create index processed_event_processed_at_idx on processed_event (processed_at);
