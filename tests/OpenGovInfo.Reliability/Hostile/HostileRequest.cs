using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpenGovInfo.Reliability.Hostile;

/// <summary>Turns a case into an HTTP request, carrying a valid antiforgery token so the payload reaches the handler.</summary>
public static class HostileRequest
{
    /// <summary>The request for <paramref name="hostile"/>; <paramref name="token"/> is the client's antiforgery token.</summary>
    public static HttpRequestMessage Build(HostileCase hostile, string token)
    {
        var endpoint = hostile.Endpoint;
        var payload = hostile.Payload;
        var path = EndpointCatalog.Benign(endpoint.Path);
        var request = new HttpRequestMessage(new HttpMethod(hostile.Method), path);
        switch (hostile.Vector)
        {
            case "query":
                request.RequestUri = new Uri($"{path}?{Escape(hostile.Target)}={payload.UrlEncoded}&page=1", UriKind.Relative);
                break;
            case "path":
                request.RequestUri = new Uri(EndpointCatalog.With(endpoint.Path, hostile.Target, payload.UrlEncoded), UriKind.Relative);
                break;
            case "header":
                var value = hostile.Target == "Cookie" ? "ogi.staff=" + payload.UrlEncoded : HeaderSafe(payload.Text);
                request.Headers.TryAddWithoutValidation(hostile.Target, value);
                break;
            case "form":
                request.Content = Form(endpoint, token, hostile.Target, payload.UrlEncoded);
                break;
            case "json":
                request.Content = Json(JsonBody(hostile.Target, payload));
                break;
            case "json-shape":
                request.Content = Json(Encoding.UTF8.GetBytes(HostileCorpus.JsonShapes[int.Parse(hostile.Target, CultureInfo.InvariantCulture)]));
                break;
            default:
                request.Content = Upload(endpoint, token, HostileFiles.All[int.Parse(hostile.Target, CultureInfo.InvariantCulture)], payload);
                break;
        }

        return request;
    }

    private static FormUrlEncodedContentLike Form(Endpoint endpoint, string token, string target, string encodedValue)
    {
        var pairs = endpoint.Fields.Where(f => f != target).Select(f => $"{Escape(f)}=x").ToList();
        pairs.Add($"{Escape(target)}={encodedValue}");
        pairs.Add($"__RequestVerificationToken={Escape(token)}");
        return new FormUrlEncodedContentLike(Encoding.ASCII.GetBytes(string.Join('&', pairs)));
    }

    private static MultipartFormDataContent Upload(Endpoint endpoint, string token, (string Name, string ContentType, byte[] Bytes) file, Payload payload)
    {
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var field in endpoint.Fields.Where(f => f != endpoint.FileField))
        {
            form.Add(new ByteArrayContent(payload.Bytes), field);
        }

        var content = new ByteArrayContent(file.Bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(file.ContentType);
        // The file name goes on the wire as given (the header value is not validated), NUL and traversal included.
        content.Headers.TryAddWithoutValidation("Content-Disposition",
            $"form-data; name=\"{endpoint.FileField}\"; filename=\"{file.Name.Replace("\"", "%22", StringComparison.Ordinal)}\"");
        form.Add(content);
        return form;
    }

    /// <summary>A valid application with one member replaced by the payload: a JSON string, or raw bytes when not valid UTF-8.</summary>
    private static byte[] JsonBody(string member, Payload payload)
    {
        var valid = Encoding.UTF8.GetString(payload.Bytes) is var text && Encoding.UTF8.GetByteCount(text) == payload.Bytes.Length
            && !text.Contains('\uFFFD', StringComparison.Ordinal);
        const string Marker = "\"@@PAYLOAD@@\"";
        var members = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["agencyId"] = "1", ["description"] = "\"2025年本区财政预算执行情况\"", ["deliveryForm"] = "\"email\"", ["applicant.kind"] = "\"natural\"",
            ["applicant.name"] = "\"张三丰\"", ["applicant.idType"] = "\"resident_id\"", ["applicant.idNumber"] = "\"110105199003070017\"",
            ["applicant.phone"] = "\"13812345678\"", ["applicant.email"] = "\"zhang@example.cn\"", ["applicant.address"] = "\"平安路1号\"",
            ["applicant.creditCode"] = "null", ["applicant.organisationType"] = "null",
        };
        members[member] = Marker;
        var applicant = string.Join(',', members.Where(m => m.Key.StartsWith("applicant.", StringComparison.Ordinal))
            .Select(m => $"\"{m.Key["applicant.".Length..]}\":{m.Value}"));
        var json = $"{{\"agencyId\":{members["agencyId"]},\"description\":{members["description"]},\"deliveryForm\":{members["deliveryForm"]},\"applicant\":{{{applicant}}}}}";
        var parts = json.Split(Marker);
        var inner = valid ? Encoding.UTF8.GetBytes(JsonSerializer.Serialize(text)) : [(byte)'"', .. payload.Bytes, (byte)'"'];
        return [.. Encoding.UTF8.GetBytes(parts[0]), .. inner, .. Encoding.UTF8.GetBytes(parts[1])];
    }

    private static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);

    /// <summary>Header values cannot carry line breaks on the wire; everything else goes as sent.</summary>
    private static string HeaderSafe(string value) => value.Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>A form body sent byte for byte (FormUrlEncodedContent would re-encode the percent signs).</summary>
    private sealed class FormUrlEncodedContentLike : ByteArrayContent
    {
        public FormUrlEncodedContentLike(byte[] body)
            : base(body) => Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
    }
}
