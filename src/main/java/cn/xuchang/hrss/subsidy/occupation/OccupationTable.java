package cn.xuchang.hrss.subsidy.occupation;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table {@code occupation}: the catalogue's data set, written at start-up as the regions are, so that reports
 * and the database's own users can join a stored code to its name. The data set in the jar stays the reference: a
 * row whose code the data set no longer holds is left as it is (stored certificates may still name it).
 */
@Component
public class OccupationTable {

    private final OccupationMapper table;
    private final Occupations occupations;

    OccupationTable(OccupationMapper table, Occupations occupations) {
        this.table = table;
        this.occupations = occupations;
    }

    /** Creates or updates every occupation of the data set; returns how many rows the table holds now. */
    @Transactional
    public int load() {
        for (Occupation occupation : occupations.all()) {
            String aliases = String.join("|", occupations.aliasesOf(occupation.code()));
            if (table.update(occupation, aliases) == 0) {
                table.insert(occupation, aliases);
            }
        }
        return table.findAll().size();
    }

    /** The table as stored, ordered by code. */
    public List<Occupation> stored() {
        return table.findAll();
    }
}
