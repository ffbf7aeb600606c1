/**
 * The test OpenID provider's RSA signing key (test-only: it signs ID tokens of the throwaway provider the tests
 * start, nothing else). Fixed rather than generated per run: on Node 20, generateKeyPairSync(...).export({ format:
 * 'jwk' }) can deadlock the process when a garbage collection runs inside the export (the key-generation job's
 * destructor waits on a lock the export holds); it hung a CI run for good.
 */
export const OIDC_TEST_SIGNING_KEY = {
  kty: 'RSA',
  n: 'rc3tVmE3kQak5V2BUTV2Eg_5BQxY2dN9AlVQju-ynqEl50lceyCOBa-oL4l6sv3MDy_pZFMF_k9pfMAjbiQ2MO3IA2b-Uv6AEidAIOzV-I8dq46buu2fBeoltxPs5_2PNlDSLaENSoChxjJAquwbnPC-9lYJ-XtDEHuPCy9MW1sFkksQAu1XvwnCRmb51AFFOFrpW-r0QTyFctT7YgY1h-N2QmSA4CBOrmzo9tfADhVHjvgtOADo8iiflNpMD2qm6Ga9h3CDNKrFT75507chfSFByAy9VcpjPCP4-9AnOxjio0LwZpJM59ylJGo65Xb_Spz1QfLb7luTZzEsNXLJww',
  e: 'AQAB',
  d: 'GHI4icfOywVGOES4pbWBT_UTL5SXArxuft-FHzWzyAAelrOI4ICpuT8FxvntWjO8ef5hM41B8I025ycXVKyfOq6XTXM1HnNRjDwdFwR47CclIzZBzT8S-QAAIgoZbmAJvrgLeAOJHQuOtZPn6KKhF6f9FCTx7jdaLX1Tl10lvkuJPSLWQXz4b6iZcw17UsJ1UMym126sHMG51DDo80-lbMCh6JiZsptK9UBGen8rOQP6Hp9dE5NlMaQaxh_ko0C4D8oL7reF2d9nxOuMRZvFkuNW3Eu6_nr6ZQEZ9IDq1H8DeRuz4RVLMv_du7FuEEkXdg9YqaPFQgImMa5IlnDtkQ',
  p: '88W8lWeahVA0G7xsGyW9ILZJ4c4uohwlsKysHHNs9Pigc6JM-qb4uuErr3RGLzwhtihBFMJRQVydC9KxCT-jGNzryWVf8KE-pe_STwrz2I2TnIiLDq9AcyYCS8CZO5oCnMWylLIYJwksHUR50JoH5NudIypJA9r2q4NAjT4FB58',
  q: 'toW8ipgfnO1Vex0WvgOyukYi0Drg01rcGvu9FbEYbSZk35lNK9IJ0XChJ-GdA_TpGCIT6sbgrZwQNBsty1x9M36srD0S8fX6KECrpeRd4ps2gTXhke2_EZRlW4msW58JRs5sZOdEUYTYnOHoCO9Pj8PY6488kKcoBkcEKjGm210',
  dp: 'JbaSvV6A5l0JIr1c0Dpfbx8kgP2f8059ej7Mhb5JvgB0-k7CsAiC9I5_bq6DaS1ZXdAOeYKyhXUpirm2z-J7fg43oDnBxP19LrjShY4BOaB1lML_GG9-fhIESunqCvGBs_VV8nE3EVr26zQ70Ez0KbDcN6OEFkea39_3baKJrqs',
  dq: 'J2LIgqe8-qIENiLay3oE0UldLc3mwfTzVidIcCvc94C3d8Ce9HvIfpdtTyvSNA5fVkPURG9SAGSS4ouS4DU_FyOYozoyol_P8WuzHoMe901C_7Le0BybhHGfRZd5x_OTjuHwZf25slWWYJQm-_aYFo_OeVZZXWWUr3YXoftA5Ek',
  qi: 'ovsIyZ3FgaY8ynzuV3VudVWniVrMHin-NqmqLuQzxwpGxwSHY40FC2TerVZ3IX0uysCMqhZa6IStY4lKuku7ZAImI3BQYDIkkdbVlRcMkAomTbL3hXf-jGMSxhOAAkYeOAI0u3l8ix--VZZcLOzAt_J393w_thwWfz_2D5eR7Q4',
} as const;
