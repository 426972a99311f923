package io.weir.platform;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * WeCom and DingTalk as the integration tests reach them: one local server for the whole test run that accepts only
 * requests in the documented format (token query, signed robot URL, JSON body with the required fields) and answers
 * with the vendors' documented success bodies. Anything else gets a 404, which the channels count as a failure.
 * A test may change the answers and must {@link #reset()} them after itself.
 */
public final class VendorSandbox implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String WECOM_SEND = "/cgi-bin/message/send";
    public static final String DINGTALK_SEND = "/robot/send";
    public static final String WECOM_TOKEN = "/cgi-bin/gettoken";
    public static final String WECOM_AGENT = "/cgi-bin/agent/get";
    /** The priority of the documented answers; a test's own answers take priority 1 and win. */
    private static final int DOCUMENTED = 5;
    private static final WireMockServer SERVER = start();

    private static WireMockServer start() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        stubDocumentedAnswers(server);
        return server;
    }

    public static WireMockServer server() {
        return SERVER;
    }

    /**
     * Back to the documented success answers, with the request log cleared. Only the answers tests put on top are
     * removed: alerts keep flowing in the background, and a moment without the documented answers would fail them.
     */
    public static void reset() {
        SERVER.getStubMappings().stream()
                .filter(stub -> stub.getPriority() == null || stub.getPriority() < DOCUMENTED)
                .forEach(SERVER::removeStub);
        SERVER.resetScenarios();
        SERVER.resetRequests();
    }

    private static void stubDocumentedAnswers(WireMockServer server) {
        server.stubFor(get(urlPathEqualTo("/cgi-bin/gettoken")).withQueryParam("corpid", equalTo("wwsandbox00000001"))
                .withQueryParam("corpsecret", equalTo("sandbox-secret"))
                .atPriority(DOCUMENTED)
                .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\",\"access_token\":\"SANDBOX-TOKEN\",\"expires_in\":7200}")));
        server.stubFor(get(urlPathEqualTo(WECOM_AGENT)).withQueryParam("access_token", equalTo("SANDBOX-TOKEN"))
                .withQueryParam("agentid", equalTo("1000002"))
                .atPriority(DOCUMENTED)
                .willReturn(okJson(agent(1000002, "筑坝告警"))));
        String weComSent = "{\"errcode\":0,\"errmsg\":\"ok\",\"invaliduser\":\"\",\"msgid\":\"sandbox\"}";
        server.stubFor(post(urlPathEqualTo(WECOM_SEND)).withQueryParam("access_token", equalTo("SANDBOX-TOKEN"))
                .withRequestBody(matchingJsonPath("$.touser"))
                .withRequestBody(matchingJsonPath("$[?(@.msgtype == 'text')]"))
                .withRequestBody(matchingJsonPath("$[?(@.agentid == 1000002)]"))
                .withRequestBody(matchingJsonPath("$.text.content"))
                .atPriority(DOCUMENTED)
                .willReturn(okJson(weComSent)));
        server.stubFor(post(urlPathEqualTo(WECOM_SEND)).withQueryParam("access_token", equalTo("SANDBOX-TOKEN"))
                .withRequestBody(matchingJsonPath("$.touser"))
                .withRequestBody(matchingJsonPath("$[?(@.msgtype == 'textcard')]"))
                .withRequestBody(matchingJsonPath("$[?(@.agentid == 1000002)]"))
                .withRequestBody(matchingJsonPath("$.textcard.title"))
                .withRequestBody(matchingJsonPath("$.textcard.description"))
                .withRequestBody(matchingJsonPath("$.textcard.url", matching("https?://.+")))
                .atPriority(DOCUMENTED)
                .willReturn(okJson(weComSent)));
        for (String messageField : List.of("$.text.content", "$.markdown.text")) {
            server.stubFor(post(urlPathEqualTo(DINGTALK_SEND))
                    .withQueryParam("access_token", equalTo("sandboxrobot000000000001"))
                    .withQueryParam("timestamp", matching("\\d{13}"))
                    .withQueryParam("sign", matching(".+"))
                    .withRequestBody(matchingJsonPath("$[?(@.msgtype == '" + messageField.split("\\.")[1] + "')]"))
                    .withRequestBody(matchingJsonPath(messageField))
                    .atPriority(DOCUMENTED)
                    .willReturn(okJson("{\"errcode\":0,\"errmsg\":\"ok\"}")));
        }
    }

    /** The documented answer of {@code agent/get} for an enabled application visible to two members and one department. */
    public static String agent(int agentId, String name) {
        return "{\"errcode\":0,\"errmsg\":\"ok\",\"agentid\":" + agentId + ",\"name\":\"" + name + "\","
                + "\"square_logo_url\":\"https://p.qlogo.cn/bizmail/x/0\",\"description\":\"SLA 告警\","
                + "\"allow_userinfos\":{\"user\":[{\"userid\":\"rep.li\"},{\"userid\":\"admin\"}]},"
                + "\"allow_partys\":{\"partyid\":[1]},\"allow_tags\":{\"tagid\":[]},\"close\":0,"
                + "\"redirect_domain\":\"weir.example.cn\",\"report_location_flag\":0,\"isreportenter\":0,"
                + "\"home_url\":\"https://weir.example.cn\"}";
    }

    /** The WeCom messages received for {@code userId}. */
    public static List<LoggedRequest> weComMessagesTo(String userId) {
        return SERVER.findAll(postRequestedFor(urlPathEqualTo(WECOM_SEND))
                .withRequestBody(matchingJsonPath("$[?(@.touser == '" + userId + "')]")));
    }

    /** The DingTalk posts (text or markdown) whose message contains {@code text}. */
    public static List<LoggedRequest> dingTalkMessagesContaining(String text) {
        return SERVER.findAll(postRequestedFor(urlPathEqualTo(DINGTALK_SEND))).stream()
                .filter(request -> request.getBodyAsString().contains(text)).toList();
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "weir.notifications.wecom.base-url=" + SERVER.baseUrl(),
                "weir.notifications.wecom.corp-id=wwsandbox00000001",
                "weir.notifications.wecom.secret=sandbox-secret",
                "weir.notifications.wecom.agent-id=1000002",
                "weir.notifications.dingtalk.base-url=" + SERVER.baseUrl(),
                "weir.notifications.dingtalk.access-token=sandboxrobot000000000001",
                "weir.notifications.dingtalk.secret=SECsandboxsecret00000001")
                .applyTo(context);
    }
}
