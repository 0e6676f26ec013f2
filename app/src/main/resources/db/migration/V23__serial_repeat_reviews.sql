-- Command-side lookup table (C5 -> R13): each repeat-repair quality review by the serial number of its
-- unit, in the order the reviews were opened. Written by the subscribing processing group
-- "serial-repeat-reviews" in the transaction that opens a review (QualityReviewOpenedEvent); read when a
-- complaint of repeated repair for personal reasons is accepted, which links the unit's reviews.
create table serial_repeat_review (
    review_id     varchar(36)  not null primary key,
    serial_number varchar(128) not null,
    position      bigserial    not null
);
create index serial_repeat_review_serial_idx on serial_repeat_review (serial_number, position);

-- The reviews opened before this table existed, from the quality review read model (oldest first);
-- then any opening event the read model had not applied yet when the application stopped, in the
-- event store's order.
insert into serial_repeat_review (review_id, serial_number)
select review_id, serial_number
from quality_review_view
order by opened_at, review_id
on conflict (review_id) do nothing;

insert into serial_repeat_review (review_id, serial_number)
select opened.payload ->> 'reviewId', opened.payload ->> 'serialNumber'
from (select convert_from(payload, 'UTF8')::jsonb as payload, global_index
      from domain_event_entry
      where payload_type = 'com.aftersales.api.quality.QualityReviewOpenedEvent') as opened
order by opened.global_index
on conflict (review_id) do nothing;
