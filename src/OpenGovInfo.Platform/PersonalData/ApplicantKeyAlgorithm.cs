namespace OpenGovInfo.Platform.PersonalData;

/// <summary>Keyed hash of an applicant's identifying number (duplicate detection without decrypting).</summary>
public enum ApplicantKeyAlgorithm
{
    /// <summary>HMAC-SM3 (GB/T 32905): the default.</summary>
    HmacSm3,

    /// <summary>HMAC-SHA256.</summary>
    HmacSha256,
}
