-- Mail that was not sent over SMTP (no mail server configured): readable by administrators.
create table shared_outbox (
	id uuid primary key,
	created_at timestamptz not null default now(),
	recipient text not null,
	subject text not null,
	body text not null
);
create index shared_outbox_by_time on shared_outbox (created_at desc);

-- Counters for rate limits, shared by all app nodes; a window starts at the first hit after the last one ended.
create table shared_rate_limit (
	key text primary key,
	window_start timestamptz not null,
	hits integer not null
);

-- Jobs that must run on one node of the cluster (db-scheduler).
create table scheduled_tasks (
	task_name text not null,
	task_instance text not null,
	task_data bytea,
	execution_time timestamptz not null,
	picked boolean not null,
	picked_by text,
	last_success timestamptz,
	last_failure timestamptz,
	consecutive_failures integer,
	last_heartbeat timestamptz,
	version bigint not null,
	priority smallint,
	primary key (task_name, task_instance)
);
create index scheduled_tasks_by_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_by_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_by_priority on scheduled_tasks (priority desc, execution_time asc);

-- HTTP sessions (Spring Session JDBC), so that any app node can serve any request.
create table spring_session (
	primary_id char(36) not null,
	session_id char(36) not null,
	creation_time bigint not null,
	last_access_time bigint not null,
	max_inactive_interval integer not null,
	expiry_time bigint not null,
	principal_name varchar(100),
	constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
	session_primary_id char(36) not null,
	attribute_name varchar(200) not null,
	attribute_bytes bytea not null,
	constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
	constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);
