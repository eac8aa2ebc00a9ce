-- Where other nodes reach the node that runs a battle: a battle socket that lands elsewhere is relayed there.
alter table battle add column owner_url varchar(200);
