package cn.xuchang.hrss.subsidy.registry;

import cn.xuchang.hrss.subsidy.kernel.SubsidyProperties;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The city and its counties, loaded from the configured region data set (another city is another file). */
@Component
public class Regions {

    private final RegionMapper regions;
    private final SubsidyProperties properties;

    Regions(RegionMapper regions, SubsidyProperties properties) {
        this.regions = regions;
        this.properties = properties;
    }

    /** Creates or updates the regions of the data set; run once at start-up. */
    @Transactional
    public List<Region> load() {
        List<Region> loaded = readDataSet(properties.regionData());
        for (Region region : loaded) {
            if (regions.update(region) == 0) {
                regions.insert(region);
            }
        }
        return loaded;
    }

    public List<Region> counties() {
        return regions.findAll().stream().filter(Region::isCounty).toList();
    }

    public boolean isCounty(String code) {
        Region region = code == null ? null : regions.find(code);
        return region != null && region.isCounty();
    }

    public String nameOf(String code) {
        Region region = regions.find(code);
        return region == null ? code : region.name();
    }

    static List<Region> readDataSet(String location) {
        List<Region> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new ClassPathResource(location).getInputStream(), StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException("region data set " + location + ": bad line '" + line + "'");
                }
                result.add(new Region(
                        cells[0].strip(),
                        cells[1].strip(),
                        cells[2].isBlank() ? null : cells[2].strip(),
                        cells[3].strip()));
            }
        } catch (IOException e) {
            throw new IllegalStateException("region data set " + location + " cannot be read", e);
        }
        return result;
    }
}
