using System.Collections.Concurrent;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Supple.Core.Localization;

/// <summary>
/// Makes <see cref="SuppleStringLocalizer"/>s for dependency injection (<c>IStringLocalizer&lt;T&gt;</c>). By
/// convention the resources of a type are the .resx file named like it beside it: <c>Resources/WebText.resx</c> for
/// <c>Supple.Web.Resources.WebText</c>.
/// </summary>
public sealed class SuppleStringLocalizerFactory : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<string, ResourceManager> _managers = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public IStringLocalizer Create(Type resourceSource)
    {
        ArgumentNullException.ThrowIfNull(resourceSource);
        return new SuppleStringLocalizer(_managers.GetOrAdd(resourceSource.FullName!, _ => new ResourceManager(resourceSource)));
    }

    /// <inheritdoc />
    public IStringLocalizer Create(string baseName, string location)
    {
        ArgumentNullException.ThrowIfNull(baseName);
        ArgumentNullException.ThrowIfNull(location);
        return new SuppleStringLocalizer(_managers.GetOrAdd(baseName, _ => new ResourceManager(baseName, System.Reflection.Assembly.Load(location))));
    }
}
