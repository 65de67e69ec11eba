package org.iprstudio.exchange.eaf;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.iprstudio.domain.UserMessage;
import org.iprstudio.exchange.ExchangeFormatException;
import org.iprstudio.exchange.ExchangeMessages;
import org.iprstudio.exchange.SafeXml;

/**
 * Reads an ELAN file (EAF 2.x or 3.0) tolerantly, as ELAN itself does: unknown elements and
 * attributes are skipped, the version is only noted, and every annotation gets times. A time slot
 * without a value (unaligned) gets one by linear interpolation between the aligned slots around it
 * in the time order (ELAN places unaligned slots the same way, between their neighbours); a
 * reference annotation takes the times of the annotation it refers to. Annotations whose times
 * cannot be found (a dangling reference, no aligned slot at all) are left out and counted. A file
 * that is not ELAN or not well-formed gets one message that says so.
 */
public final class EafReader {

    /**
     * An annotation with its times in milliseconds; {@code estimated} when a slot was unaligned;
     * {@code ref} the annotation a reference annotation belongs to (null for a time-aligned one).
     */
    public record Annotation(String id, long begin, long end, String value, boolean estimated, String ref) {
    }

    /** A tier with its annotations in time order. */
    public record Tier(String id, String participant, String annotator, String parent, List<Annotation> annotations) {
    }

    /** The document: its version, media, tiers in file order, and how many annotations had to be left out. */
    public record Document(String format, List<String> media, List<Tier> tiers, int leftOut, Map<String, String> properties) {
        public Tier tier(String id) {
            return tiers.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
        }

        /** The tiers under a tier (its direct children). */
        public List<Tier> childrenOf(String id) {
            return tiers.stream().filter(t -> id.equals(t.parent())).toList();
        }
    }

    private record RawAnnotation(String id, String slot1, String slot2, String ref, String value) {
    }

    private record RawTier(String id, String participant, String annotator, String parent, List<RawAnnotation> annotations) {
    }

    private EafReader() {
    }

    public static Document read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return parse(file, in);
        } catch (NoSuchFileException e) {
            throw new ExchangeFormatException(ExchangeMessages.of("studyJson.fileCheckPath", file));
        } catch (IOException e) {
            throw new ExchangeFormatException(ExchangeMessages.of("eafReader.couldReadCheckFile", file, UserMessage.from(e)), e);
        }
    }

    private static Document parse(Path file, InputStream in) {
        List<String> slotOrder = new ArrayList<>();
        Map<String, Long> slotValues = new HashMap<>();
        List<RawTier> tiers = new ArrayList<>();
        List<String> media = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        String format;
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext() && xml.next() != XMLStreamConstants.START_ELEMENT) {
                // the prolog
            }
            if (!xml.isStartElement()) {
                throw new ExchangeFormatException(ExchangeMessages.of("eafReader.emptyXmlChooseElan", file));
            }
            if (!xml.getLocalName().equals("ANNOTATION_DOCUMENT")) {
                throw new ExchangeFormatException(ExchangeMessages.of("eafReader.elanFileStartsAnnotation", file, xml.getLocalName()));
            }
            format = attribute(xml, "FORMAT", attribute(xml, "VERSION", ""));
            RawTier tier = null;
            String annotationId = null;
            String slot1 = null;
            String slot2 = null;
            String ref = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "MEDIA_DESCRIPTOR" -> media.add(attribute(xml, "MEDIA_URL", ""));
                        case "PROPERTY" -> properties.put(attribute(xml, "NAME", ""), xml.getElementText().strip());
                        case "TIME_SLOT" -> {
                            String id = attribute(xml, "TIME_SLOT_ID", "");
                            String value = attribute(xml, "TIME_VALUE", "");
                            slotOrder.add(id);
                            if (!value.isBlank()) {
                                try {
                                    slotValues.put(id, Math.max(0, Math.round(Double.parseDouble(value.strip()))));
                                } catch (NumberFormatException e) {
                                    // a value that is not a number counts as unaligned
                                }
                            }
                        }
                        case "TIER" -> {
                            tier = new RawTier(attribute(xml, "TIER_ID", ""), attribute(xml, "PARTICIPANT", ""), attribute(xml, "ANNOTATOR", ""),
                                    attribute(xml, "PARENT_REF", null), new ArrayList<>());
                            tiers.add(tier);
                        }
                        case "ALIGNABLE_ANNOTATION" -> {
                            annotationId = attribute(xml, "ANNOTATION_ID", "");
                            slot1 = attribute(xml, "TIME_SLOT_REF1", "");
                            slot2 = attribute(xml, "TIME_SLOT_REF2", "");
                            ref = null;
                        }
                        case "REF_ANNOTATION" -> {
                            annotationId = attribute(xml, "ANNOTATION_ID", "");
                            ref = attribute(xml, "ANNOTATION_REF", "");
                            slot1 = null;
                            slot2 = null;
                        }
                        case "ANNOTATION_VALUE" -> {
                            String value = xml.getElementText();
                            if (tier != null && annotationId != null) {
                                tier.annotations().add(new RawAnnotation(annotationId, slot1, slot2, ref, value.strip()));
                                annotationId = null;
                            }
                        }
                        default -> {
                            // anything else (locales, types, vocabularies, links) is not needed here
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("TIER")) {
                    tier = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new ExchangeFormatException(ExchangeMessages.of("eafReader.damagedWellFormedXml", file, SafeXml.where(e)), e);
        }
        return resolve(format, media, tiers, slotOrder, slotValues, properties);
    }

    private static Document resolve(String format, List<String> media, List<RawTier> rawTiers, List<String> slotOrder, Map<String, Long> slotValues,
                                    Map<String, String> properties) {
        Map<String, Long> slots = interpolate(slotOrder, slotValues);
        Map<String, RawAnnotation> byId = new HashMap<>();
        rawTiers.forEach(t -> t.annotations().forEach(a -> byId.put(a.id(), a)));
        List<Tier> tiers = new ArrayList<>();
        int leftOut = 0;
        for (RawTier raw : rawTiers) {
            List<Annotation> annotations = new ArrayList<>();
            for (RawAnnotation a : raw.annotations()) {
                RawAnnotation timed = a;
                for (int guard = 0; timed != null && timed.ref() != null && guard < 64; guard++) {
                    timed = byId.get(timed.ref());
                }
                Long begin = timed == null || timed.slot1() == null ? null : slots.get(timed.slot1());
                Long end = timed == null || timed.slot2() == null ? null : slots.get(timed.slot2());
                if (begin == null || end == null) {
                    leftOut++;
                    continue;
                }
                boolean estimated = !slotValues.containsKey(timed.slot1()) || !slotValues.containsKey(timed.slot2());
                annotations.add(new Annotation(a.id(), Math.min(begin, end), Math.max(begin, end), a.value(), estimated, a.ref()));
            }
            annotations.sort(java.util.Comparator.comparingLong(Annotation::begin));
            tiers.add(new Tier(raw.id(), raw.participant(), raw.annotator(), raw.parent(), List.copyOf(annotations)));
        }
        return new Document(format, List.copyOf(media), List.copyOf(tiers), leftOut, Map.copyOf(properties));
    }

    /** Every slot's time: its own value, or one interpolated between the aligned slots before and after it in the time order. */
    static Map<String, Long> interpolate(List<String> order, Map<String, Long> values) {
        Map<String, Long> result = new HashMap<>(values);
        int i = 0;
        while (i < order.size()) {
            if (values.containsKey(order.get(i))) {
                i++;
                continue;
            }
            int from = i;
            while (i < order.size() && !values.containsKey(order.get(i))) {
                i++;
            }
            Long before = from > 0 ? values.get(order.get(from - 1)) : null;
            Long after = i < order.size() ? values.get(order.get(i)) : null;
            if (before == null && after == null) {
                continue; // no aligned slot at all: these stay without time
            }
            long low = before == null ? after : before;
            long high = after == null ? before : after;
            int gap = i - from + 1;
            for (int k = from; k < i; k++) {
                result.put(order.get(k), low + (high - low) * (k - from + 1) / gap);
            }
        }
        return result;
    }

    private static String attribute(XMLStreamReader xml, String name, String fallback) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? fallback : value;
    }
}
