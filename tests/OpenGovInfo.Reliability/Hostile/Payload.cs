using System.Text;

namespace OpenGovInfo.Reliability.Hostile;

/// <summary>One hostile value, as raw bytes (so that invalid UTF-8 stays invalid on the wire).</summary>
public sealed record Payload(string Family, byte[] Bytes)
{
    /// <summary>The bytes read as UTF-8 (invalid sequences become U+FFFD), for JSON strings and headers.</summary>
    public string Text => Encoding.UTF8.GetString(Bytes);

    /// <summary>Percent-encodes every byte outside the unreserved set: invalid sequences reach the server as sent.</summary>
    public string UrlEncoded
    {
        get
        {
            var builder = new StringBuilder(Bytes.Length * 3);
            foreach (var b in Bytes)
            {
                if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_' or (byte)'.' or (byte)'~')
                {
                    builder.Append((char)b);
                }
                else
                {
                    builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }
    }
}
