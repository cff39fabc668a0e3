-- Indexes for the Inventory screen and the write path, which must stay quick on a warehouse of
-- 200,000 bin-stock rows.

-- A product's bins (search by barcode, SKU or name).
CREATE INDEX synced_bin_stock_product ON synced_bin_stock (product_id);
-- The whole warehouse in walking order, so a first page needs no full sort.
CREATE INDEX synced_bins_walk ON synced_bins (warehouse_id, pick_sequence, code);
-- A scanned or typed bin label, SKU: matched without regard to case.
CREATE INDEX synced_bins_code ON synced_bins (warehouse_id, code COLLATE NOCASE);
CREATE INDEX synced_products_sku ON synced_products (sku COLLATE NOCASE);

-- The outbox counts on the Sync screen; waiting and unconfirmed have theirs (0003).
CREATE INDEX outbox_rejected ON outbox (seq) WHERE state = 'rejected';
-- Trimming old transaction ids after each synced batch.
CREATE INDEX synced_txids_seen ON synced_txids (seen_at);
