-- The age group a person may give on their account page, only as one of the five CBS age groups (never a
-- date of birth), so that insights can compare who takes part with who lives in an area. Optional; deleted
-- with the account.
create table acc_age_band (
	user_id uuid primary key references acc_user (id) on delete cascade,
	band varchar(5) not null check (band in ('0-15', '15-25', '25-45', '45-65', '65+')),
	set_at timestamptz not null default now()
);
