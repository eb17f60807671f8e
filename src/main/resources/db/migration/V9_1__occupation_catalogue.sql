-- The occupation catalogue (国家职业分类大典 codes and names), loaded from occupations/occupations.csv at every
-- start-up as the regions are: certificates, filings, listings and grant keys store the code. Aliases are kept as
-- the data set spells them, separated by '|'. Written in the SQL that H2 and MySQL/MariaDB both accept.
CREATE TABLE occupation (
    code    VARCHAR(16)  NOT NULL PRIMARY KEY,
    name    VARCHAR(100) NOT NULL,
    aliases VARCHAR(500) NOT NULL
);
