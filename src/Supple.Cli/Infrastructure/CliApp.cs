using Supple.Application;
using Supple.Core.Content;
using Supple.Data;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// The application layer for one command: the person's store chosen by <c>--db</c>, <c>SUPPLE_DB</c> or the default
/// file, opened only when a use case needs it, and closed with the command.
/// </summary>
internal sealed class CliApp : IAsyncDisposable
{
    private readonly LocalUserStore _store;

    private CliApp(LocalUserStore store, SuppleApp app)
    {
        _store = store;
        App = app;
    }

    /// <summary>The use cases.</summary>
    public SuppleApp App { get; }

    /// <summary>Where the data is.</summary>
    public StoreLocation Location => _store.Location;

    /// <summary>Opens the application over <paramref name="db"/> (nothing is read until a use case needs it).</summary>
    /// <param name="console">The console (environment, clock).</param>
    /// <param name="db">The <c>--db</c> value, or <c>null</c>.</param>
    /// <param name="programme">The programme (built-in unless <paramref name="programmeFile"/> was given).</param>
    /// <param name="programmeFile">The <c>--programme</c> file, or <c>null</c>.</param>
    public static CliApp Open(CliConsole console, string? db, Programme? programme = null, string? programmeFile = null)
    {
        var store = new LocalUserStore(StoreLocation.Resolve(db, console.Environment), console.Time);
        return new CliApp(store, new SuppleApp(store, programme ?? BuiltInProgramme.Instance, console.Time, programmeFile ?? BuiltInProgramme.Name));
    }

    public ValueTask DisposeAsync() => _store.DisposeAsync();
}
