package cn.xuchang.hrss.subsidy.institution;

import cn.xuchang.hrss.subsidy.registry.SkillLevel;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InstitutionMapper {

    Institution find(String creditCode);

    /** Locks the institution row for the rest of the transaction. */
    Institution lock(String creditCode);

    List<Institution> findByStatus(@Param("status") InstitutionStatus status);

    void insert(Institution institution);

    int update(Institution institution);

    int updateStatus(@Param("creditCode") String creditCode, @Param("status") InstitutionStatus status);

    /** Every listing period of the institution, open or closed, oldest first. */
    List<Listing> findListings(String creditCode);

    /** The open listings of all institutions of the kind in the status. */
    List<Listing> findOpenListings(@Param("status") InstitutionStatus status, @Param("kind") InstitutionKind kind);

    void insertListing(Listing listing);

    /**
     * The listings in force on the day (listed from it or earlier, not ended by it) of institutions of the kind, at the
     * level, optionally of one institution (null: all); occupations are compared by the caller through the catalogue.
     */
    List<Listing> findListingsOn(
            @Param("kind") InstitutionKind kind,
            @Param("level") SkillLevel level,
            @Param("on") LocalDate on,
            @Param("creditCode") String creditCode);

    /** Closes the institution's open listings on the day; the rows stay as history. */
    int closeListings(@Param("creditCode") String creditCode, @Param("until") LocalDate until);

    void insertAnnouncement(Announcement announcement);

    List<Announcement> findAnnouncements(@Param("kind") String kind);
}
