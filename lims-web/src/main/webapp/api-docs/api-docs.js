// The API documentation page: Swagger UI on the application's own OpenAPI document. The document
// lives at the server root (/openapi); "Try it out" calls the API on this server (servers: /lims).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi",
    dom_id: "#swagger-ui",
    deepLinking: true,
    docExpansion: "none",
    defaultModelsExpandDepth: 0,
    persistAuthorization: false,
    // no call to the public validator service: the page must work without internet access
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
