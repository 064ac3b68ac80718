using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Supple.Data;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

/// <summary>An in-memory app over a fresh SQLite file, on a fake clock, with helpers to read the file back.</summary>
public abstract class ApiTestBase : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    protected SuppleApp App { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    protected FakeTimeProvider Time { get; } = new(Start);

    public async Task InitializeAsync()
    {
        App = await SuppleApp.StartInMemoryAsync(Time);
        Client = App.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>What the database file holds, read with the store itself (not through the API).</summary>
    protected async Task<History> StoredHistoryAsync()
    {
        await using var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(App.DatabasePath), Time);
        return await store.GetHistoryAsync(null);
    }

    protected Task<HttpResponseMessage> PostAsync(string url, object body) => Client.PostAsJsonAsync(url, body, SuppleApp.Json);

    protected Task<HttpResponseMessage> PostRawAsync(string url, string json) =>
        Client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    protected async Task<long> StartSessionAsync(object? body = null)
    {
        var response = await PostAsync("/api/v1/sessions", body ?? new { level = "gentle", only = new[] { "shoulder-blade-squeeze", "upper-trapezius-stretch", "cat-camel" }, painBefore = 4 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        return session.GetProperty("id").GetInt64();
    }
}
