using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Supple.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Supple.Web.Tests.Faults;

/// <summary>
/// Property-based malformed API requests against the real app over a real SQLite file: each request is a valid write
/// with exactly one thing wrong (a field of the wrong type or out of range, broken JSON, a body that is not an
/// object, a wrong or missing content type, a body over the limit, an unknown or finished session, a wrong method, a
/// misspelled or unknown member), each sent with an Accept header that may ask for JSON, for HTML or for anything.
/// Every one must get a 4xx problem+json, never a 5xx and never a 2xx, and the database must stay byte-for-byte the
/// same. The same valid writes without the fault succeed at the end, so the test can tell a refusal from a no-op.
/// </summary>
public sealed class MalformedRequestTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Now);
    private SuppleApp _app = null!;
    private HttpClient _client = null!;
    private long _openSession;
    private long _finishedSession;
    private int _catCamelFirst;

    private enum Kind
    {
        Pain,
        Count,
        Level,
        StretchId,
        Side,
        Area,
        Note,
        Only,
        Time,
        TimeInSession,
        // The device's time of a live report: one before the session's start is clamped to it, not refused (a device
        // clock that is off must never cost a report), so only impossible times are out of range.
        DeviceTime,
        Bool,
        Step,
        StepEnd,
        Seconds,
    }

    public async Task InitializeAsync()
    {
        _app = await SuppleApp.StartInMemoryAsync(_time);
        _client = _app.CreateClient();
        await PostOkAsync("/api/v1/disclaimer/acceptance", null);
        var open = await PostOkAsync("/api/v1/sessions", StartBody());
        _openSession = open.GetProperty("id").GetInt64();

        // The squeeze is played through; cat-camel, next, is where the valid writes report.
        var steps = open.GetProperty("timeline").GetProperty("steps").EnumerateArray().ToList();
        _catCamelFirst = steps.First(st => st.GetProperty("stretchIndex").GetInt32() == 1).GetProperty("index").GetInt32();
        var squeeze = new JsonArray([.. Enumerable.Range(0, _catCamelFirst).Select(i => (JsonNode?)new JsonObject { ["step"] = i, ["end"] = "played", ["at"] = Now.AddMinutes(-50) })]);
        await PostOkAsync($"/api/v1/sessions/{_openSession}/steps", new JsonObject { ["steps"] = squeeze });
        _finishedSession = (await PostOkAsync("/api/v1/sessions", StartBody())).GetProperty("id").GetInt64();
        await PostOkAsync($"/api/v1/sessions/{_finishedSession}/finish", new JsonObject { ["painAfter"] = 2 });
        await PostOkAsync("/api/v1/pain", PainBody());
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Three_hundred_malformed_requests_get_4xx_problems_and_store_nothing()
    {
        var cases = Supple.Tests.Faults.FuzzSettings.Cases(300);
        var before = Dump();
        var statuses = new Dictionary<int, int>();
        var property = FsCheck.Fluent.Prop.ForAll(Requests().ToArbitrary(), request =>
        {
            var (status, mediaType, body) = SendAsync(request).GetAwaiter().GetResult();
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status is >= 400 and < 500, $"{request} → {status} {body}");
            Assert.True(mediaType == "application/problem+json", $"{request} → {status} with {mediaType}: {body}");
            if (request.Member is { } member && status == 400)
            {
                // A misspelt or unknown member is what the answer is about, by name, whatever else is wrong.
                Assert.True(body.Contains($"\"{member}\"", StringComparison.Ordinal) || member.Length == 0, $"{request} → {status} does not name '{member}': {body}");
            }
            var after = Dump();
            Assert.True(before == after, $"{request} → {status} changed the database");
        });

        await Task.Run(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true), property))
            .WaitAsync(TimeSpan.FromMinutes(3));
        output.WriteLine($"{cases} malformed requests: " + string.Join(", ", statuses.OrderBy(p => p.Key).Select(p => $"{p.Value}× {p.Key}")));

        // The faults must be what was refused: without them the same writes succeed and change the file.
        foreach (var (url, body) in ValidWrites())
        {
            await PostOkAsync(url, body);
        }

        Assert.NotEqual(before, Dump());
    }

    private IEnumerable<(string Url, JsonObject Body)> ValidWrites() =>
    [
        ("/api/v1/sessions", StartBody()),
        ($"/api/v1/sessions/{_openSession}/steps", StepsBody()),
        ("/api/v1/pain", PainBody()),
        ($"/api/v1/sessions/{_openSession}/stop-for-pain", StopBody()),
    ];

    private static JsonObject StartBody() => new()
    {
        ["level"] = "gentle",
        ["only"] = new JsonArray("shoulder-blade-squeeze", "cat-camel"),
        ["painBefore"] = 4,
        ["startedAt"] = Now.AddHours(-1),
    };

    private JsonObject StepsBody() => new()
    {
        ["steps"] = new JsonArray(new JsonObject { ["step"] = _catCamelFirst, ["end"] = "played", ["seconds"] = 10, ["at"] = Now.AddMinutes(-10) }),
    };

    private static JsonObject FinishBody() => new() { ["painAfter"] = 3, ["endedAt"] = Now.AddMinutes(-1) };

    private static JsonObject StopBody() => new() { ["painAfter"] = 6, ["seconds"] = 5, ["at"] = Now.AddMinutes(-1) };

    private static JsonObject PainBody() => new() { ["score"] = 4, ["at"] = Now.AddHours(-2), ["area"] = "upper-back", ["note"] = "after work" };

    /// <summary>The endpoints that write, each with a valid body and the kind of each field.</summary>
    private (string Name, Func<long, string> Url, Func<JsonObject> Body, (string Field, Kind Kind)[] Fields)[] Endpoints() =>
    [
        ("start", _ => "/api/v1/sessions", StartBody,
            [("level", Kind.Level), ("only", Kind.Only), ("painBefore", Kind.Pain), ("startedAt", Kind.Time)]),
        ("steps", id => $"/api/v1/sessions/{id}/steps", StepsBody,
            [("steps[0].step", Kind.Step), ("steps[0].end", Kind.StepEnd), ("steps[0].seconds", Kind.Seconds), ("steps[0].at", Kind.DeviceTime)]),
        ("finish", id => $"/api/v1/sessions/{id}/finish", FinishBody,
            [("painAfter", Kind.Pain), ("endedAt", Kind.TimeInSession)]),
        ("stop", id => $"/api/v1/sessions/{id}/stop-for-pain", StopBody,
            [("painAfter", Kind.Pain), ("seconds", Kind.Seconds), ("at", Kind.DeviceTime)]),
        ("pain", _ => "/api/v1/pain", PainBody,
            [("score", Kind.Pain), ("at", Kind.Time), ("area", Kind.Area), ("note", Kind.Note)]),
    ];

    private Gen<BadRequest> Requests()
    {
        var endpoints = Endpoints();
        return
            from endpoint in Gen.Elements(endpoints)
            from fault in Gen.Choose(0, 12)
            from request in Fault(endpoint, fault)
            from accept in Gen.Elements<string?>(null, "application/json", "*/*", "text/html", "text/html,application/xhtml+xml;q=0.9", "text/plain", "application/xml", "image/png")
            select request with { Accept = accept };
    }

    private Gen<BadRequest> Fault((string Name, Func<long, string> Url, Func<JsonObject> Body, (string Field, Kind Kind)[] Fields) e, int fault)
    {
        var url = e.Url(_openSession);
        var json = e.Body().ToJsonString();
        var sessionBound = url != e.Url(-1);
        switch (fault)
        {
            case 0 or 1:
                return from field in Gen.Elements(e.Fields)
                       from value in WrongType(field.Kind)
                       select new BadRequest("POST", url, "application/json", With(e.Body(), field.Field, value), false, $"{e.Name}: {field.Field} of the wrong type");
            case 2 or 3:
                return from field in Gen.Elements(e.Fields.Where(f => f.Kind != Kind.Bool).ToArray())
                       from value in OutOfRange(field.Kind)
                       select new BadRequest("POST", url, "application/json", With(e.Body(), field.Field, value), false, $"{e.Name}: {field.Field} out of range");
            case 4:
                return Gen.Choose(1, json.Length - 1)
                    .Select(n => new BadRequest("POST", url, "application/json", json[..n], false, $"{e.Name}: JSON cut at {n}"));
            case 5:
                // "null" and an empty body mean "no body", which finishing a session allows on purpose.
                var notObjects = e.Name == "finish" ? new[] { "[]", "42", "\"text\"", "true", "[{}]", "{}{}", "{,}", "{\"a\" 1}", "{'painAfter':3}" }
                    : ["", "null", "[]", "42", "\"text\"", "true", "[{}]", "{}{}", "{,}", "{\"a\" 1}", "{'a':1}"];
                return Gen.Elements(notObjects).Select(b => new BadRequest("POST", url, "application/json", b, false, $"{e.Name}: body is not an object"));
            case 6:
                return Gen.Elements<string?>("text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", null)
                    .Select(ct => new BadRequest("POST", url, ct, json, false, $"{e.Name}: content type {ct ?? "(none)"}"));
            case 7:
                return from size in Gen.Choose(65 * 1024, 1024 * 1024)
                       from chunked in Gen.Elements(false, true)
                       select new BadRequest("POST", url, "application/json", With(e.Body(), "padding", JsonValue.Create(new string('x', size))), chunked, $"{e.Name}: {size} bytes{(chunked ? ", chunked" : "")}");
            case 8 when sessionBound:
                return Gen.Elements(0L, -1L, 999_999L, long.MaxValue, _finishedSession)
                    .Select(id => new BadRequest("POST", e.Url(id), "application/json", json, false, $"{e.Name}: session {id} (unknown or finished)"));
            case 9 when sessionBound:
                return Gen.Elements("abc", "1.5", "99999999999999999999", "%20", "1;2", "0x10")
                    .Select(id => new BadRequest("POST", url.Replace($"/{_openSession}/", $"/{id}/", StringComparison.Ordinal), "application/json", json, false, $"{e.Name}: session id '{id}'"));
            case 10:
                return Gen.Elements("PUT", "PATCH", "DELETE")
                    .Select(m => new BadRequest(m, url, "application/json", json, false, $"{e.Name}: method {m}"));
            case 11:
                return from field in Gen.Elements(e.Fields)
                       from misspelt in Misspell(field.Field)
                       select new BadRequest("POST", url, "application/json", Renamed(e.Body(), field.Field, misspelt), false, $"{e.Name}: {field.Field} misspelt as {misspelt}") { Member = misspelt };
            case 12:
                return from name in Gen.Elements("extra", "comment", "id", "userId", "outcome", "$type", "")
                       select new BadRequest("POST", url, "application/json", With(e.Body(), name, JsonValue.Create(1)), false, $"{e.Name}: unknown member '{name}'") { Member = name };
            default:
                // Unknown or finished session for the endpoints not bound to one: abandon them, which must not touch the open session.
                return Gen.Elements(0L, 999_999L, _finishedSession)
                    .Select(id => new BadRequest("POST", $"/api/v1/sessions/{id}/abandon", null, "", false, $"abandon session {id} (unknown or finished)"));
        }
    }

    private static Gen<JsonNode?> WrongType(Kind kind) => kind switch
    {
        Kind.Pain or Kind.Count or Kind.Step => Gen.Elements<JsonNode?>(JsonValue.Create("abc"), JsonValue.Create(true), new JsonObject(), new JsonArray(), JsonValue.Create(1.5), JsonValue.Create(""), JsonValue.Create(2147483648L)),
        Kind.Only => Gen.Elements<JsonNode?>(JsonValue.Create("cat-camel"), JsonValue.Create(5), new JsonObject(), new JsonArray(JsonValue.Create(1)), JsonValue.Create(true)),
        Kind.Time or Kind.TimeInSession or Kind.DeviceTime => Gen.Elements<JsonNode?>(JsonValue.Create(5), JsonValue.Create("yesterday"), JsonValue.Create(true), new JsonObject(), JsonValue.Create("2026-13-45T99:00:00Z")),
        Kind.Bool => Gen.Elements<JsonNode?>(JsonValue.Create("yes"), JsonValue.Create(1), new JsonObject(), new JsonArray()),
        Kind.Seconds => Gen.Elements<JsonNode?>(JsonValue.Create("abc"), JsonValue.Create(true), new JsonObject(), new JsonArray(), JsonValue.Create("")),
        _ => Gen.Elements<JsonNode?>(JsonValue.Create(5), JsonValue.Create(true), new JsonObject(), new JsonArray(JsonValue.Create("a"))),
    };

    private static Gen<JsonNode?> OutOfRange(Kind kind) => kind switch
    {
        Kind.Pain => Gen.Elements(-1, 11, 100, int.MaxValue, int.MinValue).Select(v => (JsonNode?)JsonValue.Create(v)),
        Kind.Count => Gen.Elements(-1, -1000, 1_000_000, int.MaxValue, int.MinValue).Select(v => (JsonNode?)JsonValue.Create(v)),
        Kind.Step => Gen.Elements(-1, -1000, 999, 1_000_000, int.MaxValue, int.MinValue).Select(v => (JsonNode?)JsonValue.Create(v)),
        Kind.StepEnd => Gen.Elements("finished", "hurts", "skip", "done", "", "🔥").Select(v => (JsonNode?)JsonValue.Create(v)),
        Kind.Seconds => Gen.Elements(-1, -0.5, 86_401, 1e7).Select(v => (JsonNode?)JsonValue.Create(v)),
        Kind.Level => Gen.Elements("medium", "1", "hard", "gentle-ish", "🔥").Select(v => (JsonNode?)JsonValue.Create(v)),
        Kind.StretchId => Word().Select(w => (JsonNode?)JsonValue.Create("no-such-" + w)),
        Kind.Side => Gen.Elements("left", "right", "up", "both", "1", "LEFTISH").Select(v => (JsonNode?)JsonValue.Create(v)),
        Kind.Area => Gen.Elements("elbow", "knee", "upper back", "all").Select(v => (JsonNode?)JsonValue.Create(v)),
        Kind.Note => Gen.Choose(2001, 20_000).Select(n => (JsonNode?)JsonValue.Create(new string('n', n))),
        Kind.Only => Gen.OneOf(
            Word().Select(w => (JsonNode?)new JsonArray(JsonValue.Create("no-such-" + w))),
            Gen.Choose(21, 60).Select(n => (JsonNode?)new JsonArray([.. Enumerable.Range(0, n).Select(i => (JsonNode?)JsonValue.Create($"id-{i}"))]))),
        Kind.Time => Gen.Elements(Now.AddDays(1), Now.AddYears(10), new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MinValue, DateTimeOffset.MaxValue)
            .Select(t => (JsonNode?)JsonValue.Create(t)),
        Kind.DeviceTime => Gen.Elements(Now.AddDays(1), new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MinValue, DateTimeOffset.MaxValue)
            .Select(t => (JsonNode?)JsonValue.Create(t)),
        Kind.TimeInSession => Gen.Elements(Now.AddDays(1), Now.AddHours(-2), new DateTimeOffset(1999, 12, 31, 0, 0, 0, TimeSpan.Zero), DateTimeOffset.MinValue, DateTimeOffset.MaxValue)
            .Select(t => (JsonNode?)JsonValue.Create(t)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "booleans have no range"),
    };

    /// <summary>A member name that is not the field's any more: a letter lost, two swapped, snake_case, another case, one more letter.</summary>
    private static Gen<string> Misspell(string field) =>
        Gen.Elements(
                field[..^1],
                field.Length > 2 ? field[0] + field[2..] : field + "x",
                field.Length > 1 ? $"{field[1]}{field[0]}{field[2..]}" : field + field,
                string.Concat(field.Select(c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString())),
                char.ToUpperInvariant(field[0]) + field[1..],
                field.ToUpperInvariant(),
                field + "s")
            .Where(name => name != field);

    private static string Renamed(JsonObject body, string field, string name)
    {
        var value = body[field]?.DeepClone();
        body.Remove(field);
        body[name] = value;
        return body.ToJsonString();
    }

    private static Gen<string> Word() => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-".ToCharArray()), 6).Select(c => new string(c));

    private static string With(JsonObject body, string field, JsonNode? value)
    {
        // "steps[0].end" is a field of the first step.
        if (field.StartsWith("steps[0].", StringComparison.Ordinal))
        {
            body["steps"]![0]![field["steps[0].".Length..]] = value;
        }
        else
        {
            body[field] = value;
        }

        return body.ToJsonString();
    }

    private async Task<(int Status, string? MediaType, string Body)> SendAsync(BadRequest request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), request.Url);
        if (request.Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", request.Accept);
        }

        if (request.Body.Length > 0 || request.ContentType is not null)
        {
            var bytes = Encoding.UTF8.GetBytes(request.Body);
            HttpContent content = request.Chunked ? new UnknownLengthContent(bytes) : new ByteArrayContent(bytes);
            if (request.ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
            }

            message.Content = content;
        }

        using var response = await _client.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length > 300 ? text[..300] : text);
    }

    private async Task<JsonElement> PostOkAsync(string url, JsonObject? body)
    {
        using var content = new StringContent(body?.ToJsonString() ?? "", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync(url, body is null ? null : content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {url} {body?.ToJsonString()} → {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Every row of every table, in a fixed order: two equal dumps mean nothing was stored.</summary>
    private string Dump()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _app.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var dump = new StringBuilder();
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            using var reader = select.ExecuteReader();
            dump.Append(table).Append('\n');
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    dump.Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }

                dump.Append('\n');
            }
        }

        return dump.ToString();
    }

    private sealed record BadRequest(string Method, string Url, string? ContentType, string Body, bool Chunked, string Fault)
    {
        /// <summary>The Accept header, or none.</summary>
        public string? Accept { get; init; }

        /// <summary>The member the fault is about, when it is a misspelt or unknown one.</summary>
        public string? Member { get; init; }

        public override string ToString() =>
            $"[{Fault}] {Method} {Url} ({ContentType ?? "no content type"}; Accept: {Accept ?? "none"}) {(Body.Length > 120 ? Body[..120] + $"… ({Body.Length} chars)" : Body)}";
    }

    /// <summary>A body sent without Content-Length (chunked on a real server), so the size limit must hold while reading.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
