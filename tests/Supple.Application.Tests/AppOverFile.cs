using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Data;

namespace Supple.Application.Tests;

/// <summary>
/// The application layer over a real SQLite file in a temp folder, on a fake clock. <see cref="Reopen"/> gives a new
/// unit of work over the same file (as the next command or request would be), so a test sees what was stored.
/// </summary>
public sealed class AppOverFile : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly List<LocalUserStore> _stores = [];

    public AppOverFile(string userId = "local")
    {
        Folder = Directory.CreateTempSubdirectory("supple-app-tests-").FullName;
        UserId = userId;
        App = Reopen();
    }

    public string Folder { get; }

    public string UserId { get; }

    public string DatabasePath => Path.Combine(Folder, "supple.db");

    public FakeTimeProvider Time { get; } = new(Start);

    public SuppleApp App { get; private set; }

    /// <summary>A fresh unit of work over the same file (the one before is closed).</summary>
    public SuppleApp Reopen(Programme? programme = null)
    {
        var users = new LocalUserStore(StoreLocation.ForFile(DatabasePath), Time, UserId);
        _stores.Add(users);
        App = new SuppleApp(users, programme ?? BuiltInProgramme.Instance, Time);
        return App;
    }

    /// <summary>Answers with no warning sign, no cause and every prop; the given warning signs added.</summary>
    public static AssessmentAnswers Answers(params RedFlag[] flags) =>
        new(2, PoorPosture: true, false, false, false, false, [Prop.Chair, Prop.FoamRoller, Prop.RolledTowel, Prop.FloorSpace], flags);

    public async ValueTask DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }
}
