-- Other names of an agreement ("Belfast Agreement" for the Good Friday Agreement), matched like its title
create table agreement_alias (
    agreement_id bigint       not null references agreement (id) on delete cascade,
    alias        varchar(500) not null,
    primary key (agreement_id, alias)
);
