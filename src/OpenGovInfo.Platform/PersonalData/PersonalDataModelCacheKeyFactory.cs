using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// The model holds the sealed columns' converters and so their keys: contexts with another key ring (another host in
/// the same process, a test of rotation) must get a model of their own, not the first one built.
/// </summary>
internal sealed class PersonalDataModelCacheKeyFactory : IModelCacheKeyFactory
{
    /// <inheritdoc />
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), (context as OpenGovInfoDbContext)?.PersonalDataCipher?.Fingerprint, designTime);
}
