namespace Supple.Data.Tests;

public sealed class StoreLocationTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void The_option_wins_over_the_environment()
    {
        var location = StoreLocation.Resolve("/tmp/a.db", Env(("SUPPLE_DB", "/tmp/b.db"), ("XDG_DATA_HOME", "/tmp/xdg")));
        Assert.Equal(StoreProvider.Sqlite, location.Provider);
        Assert.Equal("/tmp/a.db", location.FilePath);
    }

    [Fact]
    public void Then_SUPPLE_DB_then_XDG_DATA_HOME_then_the_home_folder()
    {
        Assert.Equal("/tmp/b.db", StoreLocation.Resolve(null, Env(("SUPPLE_DB", "/tmp/b.db"), ("XDG_DATA_HOME", "/tmp/xdg"))).FilePath);
        Assert.Equal("/tmp/xdg/supple/supple.db", StoreLocation.Resolve(null, Env(("XDG_DATA_HOME", "/tmp/xdg"), ("HOME", "/home/ann"))).FilePath);
        Assert.Equal("/home/ann/.local/share/supple/supple.db", StoreLocation.Resolve(null, Env(("HOME", "/home/ann"))).FilePath);
        // A relative XDG_DATA_HOME is invalid by the spec and ignored.
        Assert.Equal("/home/ann/.local/share/supple/supple.db", StoreLocation.Resolve("", Env(("XDG_DATA_HOME", "relative"), ("HOME", "/home/ann"))).FilePath);
        Assert.Equal("/home/ann/notes/s.db", StoreLocation.Resolve("~/notes/s.db", Env(("HOME", "/home/ann"))).FilePath);
    }

    [Theory]
    [InlineData("Host=db.example;Database=supple;Username=ann;Password=hunter2", "postgresql://ann@db.example/supple")]
    [InlineData("postgresql://ann:hunter2@db.example:6543/supple", "postgresql://ann@db.example:6543/supple")]
    public void A_postgresql_connection_string_selects_postgresql_and_hides_the_password(string value, string display)
    {
        var location = StoreLocation.Resolve(null, new Dictionary<string, string?> { ["SUPPLE_DB"] = value });
        Assert.Equal(StoreProvider.PostgreSql, location.Provider);
        Assert.Equal(display, location.Display);
        Assert.DoesNotContain("hunter2", location.Display, StringComparison.Ordinal);
        Assert.Contains("hunter2", location.ConnectionString, StringComparison.Ordinal);
        Assert.Null(location.FilePath);
    }
}
