-- Production with several app instances (profiles postgres, opensearch).
-- Plain SQL that runs on H2 and PostgreSQL alike, but for the type Hibernate maps byte[] payloads to: the
-- placeholder "binary" (blob on H2, bytea on PostgreSQL; spring.flyway.placeholders.binary).

-- Hibernate Search outbox-polling coordination: every change to an indexed entity is written here in the same
-- transaction as the change; the running instances (agents) share the events between them and index them.
create table hsearch_agent (
    id                   uuid                        not null primary key,
    type                 varchar(255)                not null,
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    tenant_id            varchar(255),
    payload              ${binary}
);

create table hsearch_outbox_event (
    id             uuid                        not null primary key,
    entity_name    varchar(256)                not null,
    entity_id      varchar(256)                not null,
    entity_id_hash integer                     not null,
    payload        ${binary}                   not null,
    retries        integer                     not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)                not null,
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

-- Spring Session JDBC: admin sessions that any instance can serve (the schema Spring Session ships).
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
