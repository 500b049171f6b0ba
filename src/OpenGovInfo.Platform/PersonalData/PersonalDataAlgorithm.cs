namespace OpenGovInfo.Platform.PersonalData;

/// <summary>Authenticated cipher of applicants' personal data at rest.</summary>
public enum PersonalDataAlgorithm
{
    /// <summary>SM4 in GCM mode (GB/T 32907, BouncyCastle): what a 商用密码 assessment expects; the default.</summary>
    Sm4Gcm,

    /// <summary>AES in GCM mode (.NET): for installations that must use it.</summary>
    AesGcm,
}
