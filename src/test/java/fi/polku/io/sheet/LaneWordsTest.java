package fi.polku.io.sheet;

import fi.polku.model.ChannelType;
import fi.polku.model.LaneKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LaneWordsTest {
    @Test
    void channelWordsOfBothLanguagesAreChannelTypes() {
        Map<ChannelType, List<String>> words = Map.of(
                ChannelType.WEB, List.of("verkkosivut", "Verkkosivu", "web", "Website", "nettisivut"),
                ChannelType.PHONE, List.of("puhelin", "Phone", "soitto"),
                ChannelType.CHAT, List.of("chat", "Chatti"),
                ChannelType.EMAIL, List.of("sähköposti", "Email", "e-mail", "E-Mail"),
                ChannelType.STORE, List.of("myymälä", "Store", "liike", "toimipiste"),
                ChannelType.SOCIAL, List.of("some", "Sosiaalinen media", "social"),
                ChannelType.INVOICE, List.of("lasku", "Invoice"));
        words.forEach((type, names) -> names.forEach(name ->
                assertThat(LaneWords.of(name)).as(name).isEqualTo(LaneWords.Meaning.channel(type))));
    }

    @Test
    void aLongerNameIsKnownByItsFirstChannelWordAndAnyOtherIsAnOtherChannel() {
        assertThat(LaneWords.of("Verkkosivut ja sähköposti").channel()).isEqualTo(ChannelType.WEB);
        assertThat(LaneWords.of("Asiakaspalvelu puhelimitse").channel()).isEqualTo(ChannelType.PHONE);
        assertThat(LaneWords.of("Bussi")).isEqualTo(LaneWords.Meaning.channel(ChannelType.OTHER));
        assertThat(LaneWords.of("")).isEqualTo(LaneWords.Meaning.channel(ChannelType.OTHER));
    }

    @Test
    void theMapsOtherLaneKindsAreKnownByTheirWholeName() {
        assertThat(LaneWords.of("Tunne").kind()).isEqualTo(LaneKind.EMOTION);
        assertThat(LaneWords.of("Pain points").kind()).isEqualTo(LaneKind.PAIN_POINTS);
        assertThat(LaneWords.of("Mahdollisuudet").kind()).isEqualTo(LaneKind.OPPORTUNITIES);
        assertThat(LaneWords.of("Taustaprosessit").kind()).isEqualTo(LaneKind.BACKSTAGE);
        // Only a whole name makes another kind: "Tunne ja kipupisteet" stays a channel.
        assertThat(LaneWords.of("Tunne ja kipupisteet").kind()).isEqualTo(LaneKind.CHANNEL);
    }
}
