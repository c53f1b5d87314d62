package fi.polku.edit;

import fi.polku.model.Brand;
import fi.polku.model.JourneyMap;
import fi.polku.text.Text;

import java.util.Objects;

/**
 * Gives the map a brand (accent colour and logo), as one undo step named for what changed: "Change accent
 * colour", "Change logo", "Remove logo", or "Change brand" when both change (a default brand applied).
 * The accent is checked where it is typed (render's BrandColours), so the command takes it as given.
 */
public record SetBrand(Brand brand, Text description) implements Command {
    public SetBrand {
        brand = brand == null ? Brand.NONE : brand;
        Objects.requireNonNull(description, "description");
    }

    /** The step from {@code map}'s brand to {@code next}, named for the part that differs. */
    public static SetBrand of(JourneyMap map, Brand next) {
        Brand now = map.brand() == null ? Brand.NONE : map.brand();
        Brand target = next == null ? Brand.NONE : next;
        boolean accent = !Objects.equals(now.accent(), target.accent());
        boolean logo = !Objects.equals(now.logo(), target.logo());
        String key = accent && logo ? "step.brand"
                : logo ? (target.logo() == null ? "step.brand.removeLogo" : "step.brand.logo")
                : "step.brand.accent";
        return new SetBrand(target, Text.of(key));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        return brand.equals(map.brand()) ? map : map.withBrand(brand);
    }
}
