package io.weir.processmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.migration.converter.ConverterPropertiesFactory;
import org.camunda.community.migration.converter.DiagramCheckResult;
import org.camunda.community.migration.converter.DiagramCheckResult.Severity;
import org.camunda.community.migration.converter.DiagramConverter;
import org.camunda.community.migration.converter.DiagramConverterFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model in process-models/ converts to Camunda 8 with Camunda's C7→C8 diagram converter without a warning, and
 * the converted model is valid for Zeebe. Keeps the scale-out path open while Operaton runs the models embedded.
 */
class CamundaEightConversionTest {

    static Stream<Path> models() throws IOException {
        Path root = Paths.get("").toAbsolutePath();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> found = files.filter(path -> path.toString().endsWith(".bpmn"))
                    .filter(path -> !path.startsWith(root.resolve("target")) && !path.startsWith(root.resolve("src")))
                    .toList();
            assertThat(found).as("BPMN models under process-models/").isNotEmpty();
            return found.stream();
        }
    }

    /**
     * WARNING fails, and so does TASK, except the one task every message catch event raises: Camunda 7 models have no
     * correlation key, which Weir's Camunda 8 adapter sets to the lead id (the business key) when it deploys a model.
     */
    private static boolean needsAttention(DiagramCheckResult.ElementCheckMessage message) {
        if (message.getSeverity() == Severity.WARNING) {
            return true;
        }
        return message.getSeverity() == Severity.TASK && !message.getMessage().contains("correlation key");
    }

    @ParameterizedTest
    @MethodSource("models")
    void convertsToAValidCamundaEightModelWithoutWarnings(Path model) throws IOException {
        DiagramConverter converter = DiagramConverterFactory.getInstance().get();
        var properties = ConverterPropertiesFactory.getInstance().get();
        BpmnModelInstance instance;
        try (InputStream in = Files.newInputStream(model)) {
            instance = Bpmn.readModelFromStream(in);
        }

        DiagramCheckResult check = converter.check(model.getFileName().toString(), instance, properties);
        List<String> warnings = check.getResults().stream()
                .flatMap(element -> element.getMessages().stream()
                        .filter(CamundaEightConversionTest::needsAttention)
                        .map(message -> element.getElementId() + ": " + message.getMessage()))
                .toList();
        assertThat(warnings).as("converter warnings for %s", model.getFileName()).isEmpty();

        // check() converts the instance in place; what it leaves is the Camunda 8 model
        StringWriter converted = new StringWriter();
        converter.printXml(instance.getDocument(), true, converted);
        var zeebeModel = io.camunda.zeebe.model.bpmn.Bpmn.readModelFromStream(
                new ByteArrayInputStream(converted.toString().getBytes(StandardCharsets.UTF_8)));
        io.camunda.zeebe.model.bpmn.Bpmn.validateModel(zeebeModel);
        assertThat(converted.toString()).contains("zeebe:taskDefinition");
    }
}
