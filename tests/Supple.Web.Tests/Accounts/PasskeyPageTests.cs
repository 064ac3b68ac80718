using System.Buffers.Text;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Supple.Data.Identity;
using Supple.Web.Accounts;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// The passkey pages without a browser: the WebAuthn options the server hands out (bound to the site, a key kept on
/// the device, the person verified), nothing of another account in them, another person's passkey cannot be removed,
/// a made-up answer adds nothing, and nobody signed out gets creation options. Kestrel on <c>localhost</c>, PostgreSQL.
/// </summary>
public sealed class PasskeyPageTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly List<HttpClient> _clients = [];
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, url: MultiUserApp.FreeUrl("localhost"));
    }

    public async Task DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    private BrowserlessSession Browser()
    {
        var session = new BrowserlessSession(_app.BaseAddress);
        _clients.Add(session.Client);
        return session;
    }

    [Fact]
    public async Task Options_are_for_this_site_and_this_person_and_another_persons_passkey_stays_theirs()
    {
        var a = Browser();
        await a.RegisterAsync("a@example.org", Password);
        var b = Browser();
        await b.RegisterAsync("b@example.org", Password);
        var passkeyOfB = await GivePasskeyAsync("b@example.org");

        // A's creation options: this site, A's address, a discoverable key with the person verified, and no key of B's.
        var created = await a.PostFormAsync("/account/passkeys?handler=CreationOptions");
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using (var options = JsonDocument.Parse(await created.Content.ReadAsStringAsync()))
        {
            var root = options.RootElement;
            Assert.Equal("localhost", root.GetProperty("rp").GetProperty("id").GetString());
            Assert.Equal("a@example.org", root.GetProperty("user").GetProperty("name").GetString());
            Assert.Equal("required", root.GetProperty("authenticatorSelection").GetProperty("residentKey").GetString());
            Assert.Equal("required", root.GetProperty("authenticatorSelection").GetProperty("userVerification").GetString());
            Assert.True(root.GetProperty("challenge").GetString()!.Length >= 16);
            Assert.DoesNotContain(Base64Url.EncodeToString(passkeyOfB), options.RootElement.GetRawText(), StringComparison.Ordinal);
        }

        // A cannot remove B's passkey by naming it; B still has it.
        var removed = await a.PostFormAsync("/account/passkeys?handler=Remove", ("CredentialId", Base64Url.EncodeToString(passkeyOfB)));
        Assert.Equal(HttpStatusCode.BadRequest, removed.StatusCode);
        Assert.Contains(AccountMessages.PasskeyNotFound, await removed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(await PasskeysOfAsync("b@example.org"));

        // A made-up answer to the options adds nothing.
        var forged = await a.PostFormAsync("/account/passkeys?handler=Add", ("CredentialJson", """{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{"clientDataJSON":"e30","attestationObject":"oA"}}"""));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("passkey was not added", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(await PasskeysOfAsync("a@example.org"));
    }

    [Fact]
    public async Task Signed_out_the_sign_in_options_name_no_account_and_creation_options_are_not_given()
    {
        var visitor = Browser();
        var request = await visitor.PostFormAsync("/account/login?handler=PasskeyOptions");
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);
        using (var options = JsonDocument.Parse(await request.Content.ReadAsStringAsync()))
        {
            Assert.Equal("localhost", options.RootElement.GetProperty("rpId").GetString());
            Assert.Equal("required", options.RootElement.GetProperty("userVerification").GetString());
            Assert.True(!options.RootElement.TryGetProperty("allowCredentials", out var allowed) || allowed.GetArrayLength() == 0);
        }

        var token = await visitor.AntiforgeryTokenAsync("/account/login");
        var create = await visitor.Client.PostAsync("/account/passkeys?handler=CreationOptions", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.NotEqual(HttpStatusCode.OK, create.StatusCode);
        Assert.DoesNotContain("challenge", await create.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<byte[]> GivePasskeyAsync(string email)
    {
        await using var scope = _app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SuppleUser>>();
        byte[] id = [.. Guid.NewGuid().ToByteArray(), .. Guid.NewGuid().ToByteArray()];
        var passkey = new UserPasskeyInfo(id, [1, 2, 3], DateTimeOffset.UtcNow, 0, ["internal"], true, false, false, [4], [5]);
        Assert.True((await users.AddOrUpdatePasskeyAsync((await users.FindByEmailAsync(email))!, passkey)).Succeeded);
        return id;
    }

    private async Task<IList<UserPasskeyInfo>> PasskeysOfAsync(string email)
    {
        await using var scope = _app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SuppleUser>>();
        return await users.GetPasskeysAsync((await users.FindByEmailAsync(email))!);
    }
}
