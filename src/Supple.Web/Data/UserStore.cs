using Microsoft.Extensions.Options;
using Supple.Application;
using Supple.Data;
using Supple.Web.Hosting;

namespace Supple.Web.Data;

/// <summary>
/// The store of the user a request acts for (single-user mode: the configured user, "local"), opened once per
/// request on first use and closed with the request.
/// </summary>
public sealed class UserStore : IUserStore, IAsyncDisposable
{
    private readonly SuppleStoreFactory _factory;
    private readonly string _userId;
    private SuppleStore? _store;

    public UserStore(SuppleStoreFactory factory, IOptions<SuppleWebOptions> options)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(options);
        _factory = factory;
        _userId = options.Value.UserId;
    }

    public string UserId => _userId;

    public async Task<SuppleStore> GetAsync(CancellationToken ct = default) =>
        _store ??= await _factory.OpenAsync(_userId, ct);

    public async ValueTask DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}
