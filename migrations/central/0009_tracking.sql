-- Tracking and customer emails (helper of 0008): where a carrier's public tracking page is, and
-- tracker updates for tracking numbers the head office does not know (yet).

-- A carrier's public tracking page; {tracking} is replaced by the URL-encoded tracking number.
-- Kept apart from carriers so the carriers row stations sync is not widened by an email detail.
-- Without a row the email gives the tracking number alone.
CREATE TABLE carrier_tracking_links (
  carrier_code  text PRIMARY KEY REFERENCES carriers (code),
  url_template  text NOT NULL
                CHECK (url_template ~ '^https://[^\s<>"]+$' AND position('{tracking}' IN url_template) > 0),
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- A signed tracker update for a tracking number no shipment carries. It is kept, not refused: a
-- station that printed the label offline may not have uploaded the shipment yet, and a carrier
-- that keeps getting errors retries and then disables the webhook. The stale-parcel job replays
-- parked updates once the shipment exists (matched_shipment_id, matched_at).
CREATE TABLE parked_tracker_updates (
  id                   uuid PRIMARY KEY,
  carrier_code         text NOT NULL,
  tracking_number      text NOT NULL,
  -- The provider's event id (EasyPost evt_...): a redelivery is parked once.
  source_event_id      text NOT NULL,
  body                 jsonb NOT NULL,
  received_at          timestamptz NOT NULL DEFAULT now(),
  matched_shipment_id  uuid REFERENCES shipments (id),
  matched_at           timestamptz,
  UNIQUE (carrier_code, source_event_id),
  CHECK ((matched_shipment_id IS NULL) = (matched_at IS NULL))
);
CREATE INDEX parked_tracker_updates_waiting ON parked_tracker_updates (carrier_code, tracking_number)
  WHERE matched_at IS NULL;
