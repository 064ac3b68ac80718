using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

/// <summary>
/// The plain-SQL reads behind <c>supple plan</c> and <c>supple start</c> on a real SQLite file: the person's documents
/// and settings as the store wrote them (and as the store reads them back), only that person's, and declining whatever
/// the fast path cannot answer for.
/// </summary>
public sealed class SqliteDocumentReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 18, 30, 0, TimeSpan.Zero));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Documents_and_settings_read_with_plain_sql_are_what_the_store_wrote_and_reads()
    {
        var location = StoreLocation.ForFile(_folder.File("documents.db"));
        var accepted = new DateTimeOffset(2026, 3, 1, 7, 45, 12, TimeSpan.Zero).AddTicks(1234);
        const string Plan = """{"version":1,"stretches":["cat-camel"],"note":"ünïcode – \"quoted\""}""";
        UserSettings settings = UserSettings.Default with
        {
            TimeZoneId = "Europe/Berlin",
            DisclaimerAcceptedAt = accepted,
            DefaultLevel = DosageLevel.Gentle,
            VoiceEnabled = true,
            SoundEnabled = false,
        };
        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        await using (var other = await SuppleStore.OpenAsync(location, _time, "someone-else"))
        {
            await store.SaveSettingsAsync(settings);
            await store.SaveDocumentAsync(UserDocuments.Plan, Plan);
            await other.SaveDocumentAsync(UserDocuments.Safety, """{"other":true}""");
            await other.SaveSettingsAsync(UserSettings.Default with { DisclaimerAcceptedAt = _time.GetUtcNow() });
        }

        SqliteConnection.ClearAllPools();
        Assert.True(SqliteDocumentReader.TryRead(location, UserDocuments.Plan, "local", out var plan));
        Assert.Equal(Plan, plan);
        Assert.True(SqliteDocumentReader.TryRead(location, UserDocuments.Safety, "local", out var safety));
        Assert.Null(safety); // the other person's safety document is not this person's
        Assert.True(SqliteDocumentReader.TryRead(location, UserDocuments.Safety, "someone-else", out var theirs));
        Assert.Equal("""{"other":true}""", theirs);

        var fast = SqliteDocumentReader.TryReadSettings(location, "local");
        Assert.Equal(settings, fast);
        Assert.Equal(accepted, fast!.DisclaimerAcceptedAt);

        await using (var store = await SuppleStore.OpenAsync(location, _time, "local"))
        {
            Assert.Equal(await store.GetSettingsAsync(), fast);
            Assert.Equal(await store.GetDocumentAsync(UserDocuments.Plan), plan);
        }
    }

    [Fact]
    public async Task A_person_with_no_settings_saved_reads_the_defaults()
    {
        var location = StoreLocation.ForFile(_folder.File("new.db"));
        await using (await SuppleStore.OpenAsync(location, _time))
        {
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(UserSettings.Default, SqliteDocumentReader.TryReadSettings(location));
    }

    [Fact]
    public async Task It_declines_for_a_missing_file_an_unknown_person_or_another_schema_and_creates_nothing()
    {
        var missing = StoreLocation.ForFile(_folder.File("missing.db"));
        Assert.False(SqliteDocumentReader.TryRead(missing, UserDocuments.Plan, "local", out _));
        Assert.Null(SqliteDocumentReader.TryReadSettings(missing));
        Assert.False(File.Exists(missing.FilePath));

        var path = _folder.File("other.db");
        var location = StoreLocation.ForFile(path);
        await using (await SuppleStore.OpenAsync(location, _time))
        {
        }

        SqliteConnection.ClearAllPools();
        Assert.True(SqliteDocumentReader.TryRead(location, UserDocuments.Plan, "local", out _));
        Assert.False(SqliteDocumentReader.TryRead(location, UserDocuments.Plan, "nobody-yet", out _));
        Assert.Null(SqliteDocumentReader.TryReadSettings(location, "nobody-yet"));

        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29990101000000_FromTheFuture', '99.0.0');";
            command.ExecuteNonQuery();
        }

        Assert.False(SqliteDocumentReader.TryRead(location, UserDocuments.Plan, "local", out _));
        Assert.Null(SqliteDocumentReader.TryReadSettings(location));
    }
}
