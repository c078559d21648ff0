package cn.foodsafety.lims.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.foodsafety.lims.masterdata.boundary.RegionData;
import cn.foodsafety.lims.masterdata.entity.RegionKind;
import cn.foodsafety.lims.platform.control.FieldError;
import cn.foodsafety.lims.platform.control.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RecordJsonReaderTest {

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object read(String json) throws IOException {
    return new RecordJsonReader()
        .readFrom(
            (Class) RegionData.class,
            RegionData.class,
            null,
            null,
            null,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsAWellTypedBody() throws IOException {
    RegionData r =
        (RegionData)
            read(
                "{\"code\":\"410105\",\"name\":\"金水区\",\"kind\":\"COUNTY\",\"residents\":1333000,"
                    + "\"residentsYear\":2019,\"unknown\":true}");
    assertThat(r.name()).isEqualTo("金水区");
    assertThat(r.kind()).isEqualTo(RegionKind.COUNTY);
    assertThat(r.residents()).isEqualTo(1333000L);
    assertThat(r.parentId()).isNull();
  }

  @Test
  void everyWronglyTypedFieldIsNamed() {
    assertThatThrownBy(
            () -> read("{\"kind\":\"PLANET\",\"residents\":\"many\",\"residentsYear\":2019.5}"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errors())
        .satisfies(
            errors ->
                assertThat(errors)
                    .extracting(FieldError::field, FieldError::key)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("kind", "lims.json.notOneOf"),
                        org.assertj.core.groups.Tuple.tuple("residents", "lims.json.notANumber"),
                        org.assertj.core.groups.Tuple.tuple(
                            "residentsYear", "lims.json.notAWholeNumber")));
  }

  @Test
  void malformedJsonAndNonObjectsAreBodyErrors() {
    assertThatThrownBy(() -> read("{\"code\": "))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errors().get(0).key())
        .isEqualTo("lims.json.malformed");
    assertThatThrownBy(() -> read("[1,2]"))
        .extracting(e -> ((InvalidInputException) e).errors().get(0).key())
        .isEqualTo("lims.json.notAnObject");
  }

  @Test
  void anEmptyBodyIsNoRecord() throws IOException {
    assertThat(read("  ")).isNull();
  }

  @Test
  void aListOfNestedRecordsIsReadAndItsWrongFieldsAreNamedWithTheirIndex() throws IOException {
    cn.foodsafety.lims.results.boundary.ResultEntries ok =
        (cn.foodsafety.lims.results.boundary.ResultEntries)
            readAs(
                cn.foodsafety.lims.results.boundary.ResultEntries.class,
                "{\"results\":[{\"itemId\":7,\"value\":\"0.130\",\"unit\":\"mg/kg\"}]}");
    assertThat(ok.results())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.itemId()).isEqualTo(7L);
              assertThat(e.value()).isEqualTo("0.130");
            });
    assertThatThrownBy(
            () ->
                readAs(
                    cn.foodsafety.lims.results.boundary.ResultEntries.class,
                    "{\"results\":[{\"itemId\":7},{\"itemId\":\"x\",\"testedOn\":\"soon\"}]}"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errors())
        .satisfies(
            errors ->
                assertThat(errors)
                    .extracting(FieldError::field)
                    .containsExactly("results[1].itemId", "results[1].testedOn"));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object readAs(Class<?> type, String json) throws IOException {
    return new RecordJsonReader()
        .readFrom(
            (Class) type,
            type,
            null,
            null,
            null,
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  @Test
  void aMapOfScoresIsReadEntryByEntryAndAWrongValueIsNamedByItsKey() throws IOException {
    Object ok =
        new RecordJsonReader()
            .readFrom(
                (Class) cn.foodsafety.lims.oversight.boundary.ReviewForm.class,
                cn.foodsafety.lims.oversight.boundary.ReviewForm.class,
                null,
                null,
                null,
                new ByteArrayInputStream(
                    "{\"scores\":{\"SAMPLE-INFO\":3,\"SEAL\":0}}"
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(((cn.foodsafety.lims.oversight.boundary.ReviewForm) ok).scores())
        .containsExactly(java.util.Map.entry("SAMPLE-INFO", 3), java.util.Map.entry("SEAL", 0));
    assertThatThrownBy(
            () ->
                new RecordJsonReader()
                    .readFrom(
                        (Class) cn.foodsafety.lims.oversight.boundary.ReviewForm.class,
                        cn.foodsafety.lims.oversight.boundary.ReviewForm.class,
                        null,
                        null,
                        null,
                        new ByteArrayInputStream(
                            "{\"scores\":{\"SEAL\":\"high\"}}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).errors().get(0).field())
        .isEqualTo("scores.SEAL");
  }
}
